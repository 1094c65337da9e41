package io.mentoringspaces.rest.dto;

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

    public boolean isValid() {
        return true;
    }

    public String getStartDate() {
        return startDate;
    }

    public String getCadence() {
        return cadence;
    }

    /** How many goals the first objectives make. */
    public int getObjectives() {
        return objectives;
    }
}
