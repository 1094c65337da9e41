package io.mentoringspaces.model;

import java.util.List;

/** What a development activity is: a course, a project (with the mentor), an event, or something else. */
public enum ActivityKind {
    COURSE,
    PROJECT,
    EVENT,
    OTHER;

    /** The name used in the macro's {@code kind} parameter and in JSON. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The kind named by {@link #parameter()}, or null. */
    public static ActivityKind fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
