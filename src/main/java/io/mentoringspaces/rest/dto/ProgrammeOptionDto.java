package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A programme the Mentoring space wizard offers. */
public class ProgrammeOptionDto {

    private final String key;
    private final String name;
    private final String defaultCadence;

    public ProgrammeOptionDto(String key, String name, String defaultCadence) {
        this.key = key;
        this.name = name;
        this.defaultCadence = defaultCadence;
    }

    @JsonProperty
    public String getKey() {
        return key;
    }

    @JsonProperty
    public String getName() {
        return name;
    }

    /** weekly, fortnightly or monthly. */
    @JsonProperty
    public String getDefaultCadence() {
        return defaultCadence;
    }
}
