package io.mentoringspaces.model;

/** What a programme's coordinators may see of its pairs' spaces. */
public enum CoordinatorAccess {
    /** Figures only: no access to the spaces. */
    METRICS_ONLY,
    /** Figures, and read access to the spaces. */
    VIEW;

    /** Parses a stored or submitted name, ignoring case; null when unknown. */
    public static CoordinatorAccess parse(String text) {
        if (text != null) {
            for (CoordinatorAccess access : values()) {
                if (access.name().equalsIgnoreCase(text.trim())) {
                    return access;
                }
            }
        }
        return null;
    }
}
