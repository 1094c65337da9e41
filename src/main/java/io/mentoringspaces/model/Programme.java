package io.mentoringspaces.model;

import java.time.Instant;

/** A mentoring programme. */
public record Programme(
        int id,
        String key,
        String name,
        String description,
        String coordinatorGroup,
        Cadence defaultCadence,
        CoordinatorAccess coordinatorAccess,
        boolean archived,
        Instant createdAt) {
}
