package io.mentoringspaces.model;

/**
 * What an administrator submits to create or change a programme. The key is only read on creation
 * (it never changes); null description and coordinator group mean none.
 */
public record ProgrammeInput(
        String key,
        String name,
        String description,
        String coordinatorGroup,
        Cadence defaultCadence,
        CoordinatorAccess coordinatorAccess) {
}
