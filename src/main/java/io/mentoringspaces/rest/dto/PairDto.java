package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.model.PairRow;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One pair of a programme: names, dates and figures, nothing the pair wrote. {@code spaceName} is
 * left out of the JSON unless the user may view the space, {@code lastMeeting} while no meeting was held.
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

    /** {@code on-track}, {@code at-risk}, {@code stalled} or {@code ended}. */
    @JsonProperty
    public String getStatus() {
        return row.status().parameter();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
