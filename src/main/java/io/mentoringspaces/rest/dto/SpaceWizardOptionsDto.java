package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What the Mentoring space wizard offers and fills in: programmes, today, the creator as mentee. */
public class SpaceWizardOptionsDto {

    private final List<ProgrammeOptionDto> programmes;
    private final String today;
    private final String mentee;

    public SpaceWizardOptionsDto(List<ProgrammeOptionDto> programmes, String today, String mentee) {
        this.programmes = List.copyOf(programmes);
        this.today = today;
        this.mentee = mentee;
    }

    @JsonProperty
    public List<ProgrammeOptionDto> getProgrammes() {
        return programmes;
    }

    /** yyyy-MM-dd: the default start date. */
    @JsonProperty
    public String getToday() {
        return today;
    }

    /** User name of the creator: the default mentee. */
    @JsonProperty
    public String getMentee() {
        return mentee;
    }
}
