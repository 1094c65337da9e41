package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Mentoring space wizard's fields passed every check; with the defaults they resolve to. */
public class SpaceWizardCheckDto {

    private final String startDate;
    private final String cadence;
    private final int objectives;

    public SpaceWizardCheckDto(String startDate, String cadence, int objectives) {
        this.startDate = startDate;
        this.cadence = cadence;
        this.objectives = objectives;
    }

    @JsonProperty
    public boolean isValid() {
        return true;
    }

    @JsonProperty
    public String getStartDate() {
        return startDate;
    }

    @JsonProperty
    public String getCadence() {
        return cadence;
    }

    /** How many goals the first objectives make. */
    @JsonProperty
    public int getObjectives() {
        return objectives;
    }
}
