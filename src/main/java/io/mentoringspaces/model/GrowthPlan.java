package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The growth plan of one mentoring space.
 *
 * @param arrangement when, how long and where the pair agreed to meet
 * @param figures     goal, checklist and meeting-date figures kept with the plan
 * @param heldDates   effective dates of the held meetings (trashed pages left out), ascending
 * @param practice    how the pair keeps its meetings and the work between them
 */
public record GrowthPlan(
        int id,
        String spaceKey,
        int programmeId,
        String menteeKey,
        String menteeName,
        String mentorKey,
        String mentorName,
        LocalDate startDate,
        Cadence cadence,
        PlanStatus status,
        Instant createdAt,
        MeetingArrangement arrangement,
        PlanFigures figures,
        List<LocalDate> heldDates,
        PracticeFigures practice) {

    public GrowthPlan {
        heldDates = List.copyOf(heldDates);
    }

    /** Whether the user (by key) is the plan's mentee or mentor. */
    public boolean isPair(String userKey) {
        return userKey != null && (userKey.equals(menteeKey) || userKey.equals(mentorKey));
    }
}
