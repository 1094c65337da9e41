package io.mentoringspaces.rest.dto;

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

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** weekly, fortnightly or monthly. */
    public String getDefaultCadence() {
        return defaultCadence;
    }
}
