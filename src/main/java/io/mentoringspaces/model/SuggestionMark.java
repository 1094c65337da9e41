package io.mentoringspaces.model;

import java.util.List;

/** What the mentee made of a suggestion of the mentor: nothing yet, tried it, or applied it. */
public enum SuggestionMark {
    NONE,
    TRIED,
    APPLIED;

    /** The name used in URLs and JSON: {@code none}, {@code tried}, {@code applied}. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The mark named by {@link #parameter()}, or null. */
    public static SuggestionMark fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
