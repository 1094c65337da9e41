package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A programme the Mentoring space wizard offers; {@code coordinatorNotice} is absent unless the
 * programme's coordinators will be able to read the space.
 */
public class ProgrammeOptionDto {

    private final String key;
    private final String name;
    private final String defaultCadence;
    private final String coordinatorNotice;

    public ProgrammeOptionDto(String key, String name, String defaultCadence, String coordinatorNotice) {
        this.key = key;
        this.name = name;
        this.defaultCadence = defaultCadence;
        this.coordinatorNotice = coordinatorNotice;
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

    /** What the wizard tells the pair before the space is created: who else will be able to read it. */
    @JsonProperty
    public String getCoordinatorNotice() {
        return coordinatorNotice;
    }
}
