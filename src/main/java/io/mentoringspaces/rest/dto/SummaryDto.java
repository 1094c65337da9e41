package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.ProgrammeSummary;
import java.math.BigDecimal;

/**
 * A programme's figures over all its pairs; percentages are whole numbers rounded down, average pulses
 * have one decimal and are left out while no pulse was given.
 */
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
    public int getInvited() {
        return summary.invited();
    }

    /** Pairs that closed their mentorship; they are not counted as active. */
    @JsonProperty
    public int getClosed() {
        return summary.closed();
    }

    /** Goals the closed pairs had achieved when they closed, percent of their goals. */
    @JsonProperty
    public int getClosedGoalCompletion() {
        return summary.closedGoalCompletionPercent();
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

    @JsonProperty
    public int getAgendaPrepared() {
        return summary.practice().agendaPreparedPercent();
    }

    @JsonProperty
    public int getLateCancellations() {
        return summary.practice().lateCancellationPercent();
    }

    /** Action items completed, percent of all action items. */
    @JsonProperty
    public int getActionItemsDone() {
        return summary.practice().itemsDonePercent();
    }

    /** Action items completed on time, percent of those completed. */
    @JsonProperty
    public int getActionItemsOnTime() {
        return summary.practice().itemsOnTimePercent();
    }

    @JsonProperty
    public int getFeedbackMentee() {
        return summary.practice().feedbackPercent(FeedbackSide.MENTEE);
    }

    @JsonProperty
    public int getFeedbackMentor() {
        return summary.practice().feedbackPercent(FeedbackSide.MENTOR);
    }

    /** Absent without pulses. */
    @JsonProperty
    public BigDecimal getPulseMentee() {
        return Pulses.decimal(summary.practice().averagePulse(FeedbackSide.MENTEE));
    }

    /** Absent without pulses. */
    @JsonProperty
    public BigDecimal getPulseMentor() {
        return Pulses.decimal(summary.practice().averagePulse(FeedbackSide.MENTOR));
    }

    @JsonProperty
    public int getSuggestions() {
        return summary.practice().suggestions();
    }

    @JsonProperty
    public int getSuggestionsApplied() {
        return summary.practice().suggestionsApplied();
    }

    @JsonProperty
    public int getActivities() {
        return summary.practice().activities();
    }

    @JsonProperty
    public int getActivitiesDone() {
        return summary.practice().activitiesDone();
    }
}
