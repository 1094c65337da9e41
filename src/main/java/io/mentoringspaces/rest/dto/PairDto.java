package io.mentoringspaces.rest.dto;

import io.mentoringspaces.model.PairRow;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One pair of a programme: names, dates and figures, nothing the pair wrote. {@code spaceName} is
 * null unless the user may view the space.
 */
public class PairDto {

    private final PairRow row;
    private final String spaceName;

    public PairDto(PairRow row, String spaceName) {
        this.row = row;
        this.spaceName = spaceName;
    }

    public String getSpaceKey() {
        return row.spaceKey();
    }

    public String getSpaceName() {
        return spaceName;
    }

    public String getMenteeName() {
        return row.menteeName();
    }

    public String getMentorName() {
        return row.mentorName();
    }

    public String getStartDate() {
        return iso(row.startDate());
    }

    public String getCadence() {
        return row.cadence().name().toLowerCase(Locale.ROOT);
    }

    public int getGoalsAchieved() {
        return row.goalsAchieved();
    }

    public int getGoalsTotal() {
        return row.goalsTotal();
    }

    public int getAverageProgress() {
        return row.averageProgress();
    }

    public int getChecklistPercent() {
        return row.checklistPercent();
    }

    public int getMeetingsHeld() {
        return row.meetingsHeld();
    }

    public int getMeetingsExpected() {
        return row.meetingsExpected();
    }

    public String getLastMeeting() {
        return iso(row.lastMeeting());
    }

    public int getAdherence() {
        return row.adherencePercent();
    }

    /** {@code on-track}, {@code at-risk}, {@code stalled} or {@code ended}. */
    public String getStatus() {
        return row.status().parameter();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
