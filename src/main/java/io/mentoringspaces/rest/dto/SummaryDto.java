package io.mentoringspaces.rest.dto;

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
    public String getProgramme() {
        return programme;
    }

    public int getPairs() {
        return summary.pairs();
    }

    public int getActive() {
        return summary.active();
    }

    public int getOnTrack() {
        return summary.onTrack();
    }

    public int getAtRisk() {
        return summary.atRisk();
    }

    public int getStalled() {
        return summary.stalled();
    }

    public int getGoalCompletion() {
        return summary.goalCompletionPercent();
    }

    public int getMeetingsLast30Days() {
        return summary.meetingsLast30Days();
    }

    public int getChecklistCompletion() {
        return summary.checklistCompletionPercent();
    }
}
