package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.ProgrammeSummary;

/** A programme's figures over all its pairs; percentages are whole numbers rounded down. */
public class SummaryDto {

    private final String programme;
    private final ProgrammeSummary summary;

    public SummaryDto(String programme, ProgrammeSummary summary) {
        this.programme = programme;
        this.summary = summary;
    }

    /** The programme's key. */
    @JsonProperty
    public String getProgramme() {
        return programme;
    }

    @JsonProperty
    public int getPairs() {
        return summary.pairs();
    }

    @JsonProperty
    public int getActive() {
        return summary.active();
    }

    @JsonProperty
    public int getOnTrack() {
        return summary.onTrack();
    }

    @JsonProperty
    public int getAtRisk() {
        return summary.atRisk();
    }

    @JsonProperty
    public int getStalled() {
        return summary.stalled();
    }

    @JsonProperty
    public int getGoalCompletion() {
        return summary.goalCompletionPercent();
    }

    @JsonProperty
    public int getMeetingsLast30Days() {
        return summary.meetingsLast30Days();
    }

    @JsonProperty
    public int getChecklistCompletion() {
        return summary.checklistCompletionPercent();
    }
}
