package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A suggestion of the mentor on a meeting page and the mark the mentee gave it ({@code markedBy}, {@code markedAt} left out before any). */
public class SuggestionDto {

    private final String key;
    private final String text;
    private final String mark;
    private final String markedBy;
    private final String markedAt;

    public SuggestionDto(String key, String text, String mark, String markedBy, String markedAt) {
        this.key = key;
        this.text = text;
        this.mark = mark;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    @JsonProperty
    public String getKey() {
        return key;
    }

    /** The suggestion as written, plain. */
    @JsonProperty
    public String getText() {
        return text;
    }

    /** {@code none}, {@code tried} or {@code applied}. */
    @JsonProperty
    public String getMark() {
        return mark;
    }

    @JsonProperty
    public String getMarkedBy() {
        return markedBy;
    }

    @JsonProperty
    public String getMarkedAt() {
        return markedAt;
    }
}
