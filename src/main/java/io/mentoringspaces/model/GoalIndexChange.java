package io.mentoringspaces.model;

/** What replacing a plan's goal index did. */
public record GoalIndexChange(int created, int updated, int archived, int unchanged) {

    public boolean changedAnything() {
        return created + updated + archived > 0;
    }
}
