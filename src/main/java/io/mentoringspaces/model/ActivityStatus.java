package io.mentoringspaces.model;

import java.util.List;

/** Where a development activity stands. */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE;

    /** The name used in URLs and JSON: {@code planned}, {@code in-progress}, {@code done}. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The status named by {@link #parameter()}, or null. */
    public static ActivityStatus fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
