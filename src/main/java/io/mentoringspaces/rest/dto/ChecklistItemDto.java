package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One item of a checklist: its key and whether it is ticked. */
public class ChecklistItemDto {

    private final String key;
    private final boolean done;

    public ChecklistItemDto(String key, boolean done) {
        this.key = key;
        this.done = done;
    }

    @JsonProperty
    public String getKey() {
        return key;
    }

    @JsonProperty
    public boolean isDone() {
        return done;
    }
}
