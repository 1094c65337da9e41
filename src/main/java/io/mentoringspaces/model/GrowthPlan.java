package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The growth plan of one mentoring space.
 *
 * @param arrangement    when, how long and where the pair agreed to meet
 * @param figures        goal, checklist and meeting-date figures kept with the plan
 * @param heldDates      effective dates of the held meetings (trashed pages left out), ascending
 * @param practice       how the pair keeps its meetings and the work between them
 * @param meetingsPageId the space's Meetings page, the parent of new meeting pages, as the space blueprint
 *                       created it (0 when the app does not know it: spaces created before it was recorded)
 * @param invitation     where the mentor stands with the invitation to mentor the pair
 * @param closure        how the pair closed the mentorship; null unless the plan is {@link PlanStatus#CLOSED}
 * @param seriesSequence how many times the meeting series changed, for the calendar file's {@code SEQUENCE}
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
        PracticeFigures practice,
        long meetingsPageId,
        Invitation invitation,
        Closure closure,
        int seriesSequence) {

    public GrowthPlan {
        heldDates = List.copyOf(heldDates);
    }

    /**
     * The day the plan's cadence counts from: the start date, or the day the mentor accepted the
     * invitation when that is later.
     */
    public LocalDate cadenceStart() {
        return cadenceStart(startDate, invitation.acceptedOn());
    }

    /** The later of the start date and the day of acceptance (null: not known). */
    public static LocalDate cadenceStart(LocalDate startDate, LocalDate acceptedOn) {
        return acceptedOn != null && acceptedOn.isAfter(startDate) ? acceptedOn : startDate;
    }

    /**
     * The day the plan's figures are taken on: today, or the day the mentorship was closed, whose figures
     * it keeps.
     */
    public LocalDate figuresDay(LocalDate today) {
        return closure == null ? today : closure.closedOn();
    }

    /** Whether the plan and what it counts may still change: not once the mentorship was closed. */
    public boolean changeable() {
        return status != PlanStatus.CLOSED;
    }

    /** Whether the user (by key) is the plan's mentee or mentor. */
    public boolean isPair(String userKey) {
        return userKey != null && (userKey.equals(menteeKey) || userKey.equals(mentorKey));
    }
}
