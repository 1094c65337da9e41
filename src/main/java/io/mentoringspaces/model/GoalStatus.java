package io.mentoringspaces.model;

/** Where a goal stands. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED;

    /** Parses a stored or submitted name (case and {@code -}/space separators ignored); null when unknown. */
    public static GoalStatus parse(String text) {
        if (text != null) {
            String normalised = text.trim().replace('-', '_').replace(' ', '_');
            for (GoalStatus status : values()) {
                if (status.name().equalsIgnoreCase(normalised)) {
                    return status;
                }
            }
        }
        return null;
    }
}
