package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON body that archives ({@code true}) or restores ({@code false}) a programme. */
public class ArchiveDto {

    @JsonProperty
    private Boolean archived;

    public Boolean getArchived() {
        return archived;
    }
}
