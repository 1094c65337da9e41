package io.mentoringspaces.model;

import java.util.List;

/** Whose feedback: the mentee's to the mentor, or the mentor's (suggestions) to the mentee. */
public enum FeedbackSide {
    MENTEE,
    MENTOR;

    /** The name used in the macro's {@code side} parameter, URLs and JSON: {@code mentee} or {@code mentor}. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The side named by {@link #parameter()}, or null. */
    public static FeedbackSide fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
