package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.PairRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One pair of a programme: names, dates and figures, nothing the pair wrote. {@code spaceName} is
 * left out of the JSON unless the user may view the space, {@code lastMeeting} while no meeting was held,
 * {@code closedOn} unless the pair closed the mentorship, {@code pulseMentee} and {@code pulseMentor} while that
 * side gave no pulse.
 */
public class PairDto {

    private final PairRow row;
    private final String spaceName;

    public PairDto(PairRow row, String spaceName) {
        this.row = row;
        this.spaceName = spaceName;
    }

    @JsonProperty
    public String getSpaceKey() {
        return row.spaceKey();
    }

    @JsonProperty
    public String getSpaceName() {
        return spaceName;
    }

    @JsonProperty
    public String getMenteeName() {
        return row.menteeName();
    }

    @JsonProperty
    public String getMentorName() {
        return row.mentorName();
    }

    @JsonProperty
    public String getStartDate() {
        return iso(row.startDate());
    }

    @JsonProperty
    public String getCadence() {
        return row.cadence().name().toLowerCase(Locale.ROOT);
    }

    @JsonProperty
    public int getGoalsAchieved() {
        return row.goalsAchieved();
    }

    @JsonProperty
    public int getGoalsTotal() {
        return row.goalsTotal();
    }

    @JsonProperty
    public int getAverageProgress() {
        return row.averageProgress();
    }

    @JsonProperty
    public int getChecklistPercent() {
        return row.checklistPercent();
    }

    @JsonProperty
    public int getMeetingsHeld() {
        return row.meetingsHeld();
    }

    @JsonProperty
    public int getMeetingsExpected() {
        return row.meetingsExpected();
    }

    @JsonProperty
    public String getLastMeeting() {
        return iso(row.lastMeeting());
    }

    @JsonProperty
    public int getAdherence() {
        return row.adherencePercent();
    }

    /** {@code on-track}, {@code at-risk}, {@code stalled}, {@code invited}, {@code closed} or {@code ended}. */
    @JsonProperty
    public String getStatus() {
        return row.status().parameter();
    }

    /** The day the pair closed the mentorship (its figures are those of that day); absent unless closed. */
    @JsonProperty
    public String getClosedOn() {
        return iso(row.closedOn());
    }

    /** Held meetings whose agenda (the page's aims) was saved at least a day ahead, percent. */
    @JsonProperty
    public int getAgendaPrepared() {
        return row.practice().agendaPreparedPercent();
    }

    @JsonProperty
    public int getCancelled() {
        return row.practice().cancelled();
    }

    /** Cancellations made less than a day before the meeting, percent of cancellations. */
    @JsonProperty
    public int getLateCancellations() {
        return row.practice().lateCancellationPercent();
    }

    @JsonProperty
    public int getActionItems() {
        return row.practice().itemsTotal();
    }

    @JsonProperty
    public int getActionItemsDone() {
        return row.practice().itemsDone();
    }

    /** Action items completed on or before their due date (or without one). */
    @JsonProperty
    public int getActionItemsOnTime() {
        return row.practice().itemsOnTime();
    }

    /** Held meetings with feedback from the mentee, percent. */
    @JsonProperty
    public int getFeedbackMentee() {
        return row.practice().feedbackPercent(FeedbackSide.MENTEE);
    }

    /** Held meetings with feedback from the mentor, percent. */
    @JsonProperty
    public int getFeedbackMentor() {
        return row.practice().feedbackPercent(FeedbackSide.MENTOR);
    }

    /** The mentee's average pulse (1–5, one decimal); absent without pulses. */
    @JsonProperty
    public BigDecimal getPulseMentee() {
        return Pulses.decimal(row.practice().averagePulse(FeedbackSide.MENTEE));
    }

    /** The mentor's average pulse (1–5, one decimal); absent without pulses. */
    @JsonProperty
    public BigDecimal getPulseMentor() {
        return Pulses.decimal(row.practice().averagePulse(FeedbackSide.MENTOR));
    }

    @JsonProperty
    public int getSuggestions() {
        return row.practice().suggestions();
    }

    @JsonProperty
    public int getSuggestionsApplied() {
        return row.practice().suggestionsApplied();
    }

    @JsonProperty
    public int getActivities() {
        return row.practice().activities();
    }

    @JsonProperty
    public int getActivitiesDone() {
        return row.practice().activitiesDone();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
