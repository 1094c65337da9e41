package io.mentoringspaces.model;

import java.time.LocalDate;

/**
 * One pair of a programme as coordinators see it: who, since when, and figures only. It holds
 * nothing the pair wrote (no goal text, meeting titles or notes), only what the app counts.
 *
 * @param spaceKey           the pair's mentoring space
 * @param menteeName         the mentee's display name as kept on the plan (may be null)
 * @param mentorName         the mentor's display name as kept on the plan (may be null)
 * @param startDate          first day of the relationship
 * @param cadence            agreed meeting cadence
 * @param goalsAchieved      goals achieved
 * @param goalsTotal         goals that are neither archived nor dropped
 * @param averageProgress    average goal progress, percent
 * @param checklistDone      checklist items ticked
 * @param checklistItems     checklist items
 * @param meetingsHeld       meetings confirmed as held
 * @param meetingsExpected   cadence slots begun since the start date
 * @param lastMeeting        latest meeting held, or null
 * @param adherencePercent   held against expected, capped at 100
 * @param meetingsLast30Days meetings held in the 30 days up to today
 * @param status             on track, at risk, stalled, invited, closed or ended
 * @param practice           prepared agendas, cancellations, action items, feedback, suggestions and activities
 * @param closedOn           the day the pair closed the mentorship, whose figures the row holds; null unless closed
 */
public record PairRow(
        String spaceKey,
        String menteeName,
        String mentorName,
        LocalDate startDate,
        Cadence cadence,
        int goalsAchieved,
        int goalsTotal,
        int averageProgress,
        int checklistDone,
        int checklistItems,
        int meetingsHeld,
        int meetingsExpected,
        LocalDate lastMeeting,
        int adherencePercent,
        int meetingsLast30Days,
        PairStatus status,
        PracticeFigures practice,
        LocalDate closedOn) {

    /** Share of checklist items ticked in percent, rounded down; 0 without items. */
    public int checklistPercent() {
        return checklistItems == 0 ? 0 : checklistDone * 100 / checklistItems;
    }
}
