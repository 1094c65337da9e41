package io.mentoringspaces.model;

import java.time.LocalDate;

/**
 * How a pair keeps to its agreed cadence on a given day.
 *
 * @param held             meetings dated on or before today
 * @param expected         cadence slots begun since the start date (0 before the start)
 * @param lastMeeting      latest meeting on or before today, or null
 * @param daysSinceLast    days from the last meeting to today, or null without one
 * @param nextDue          one cadence period after the last meeting, or the start date without one
 * @param nextScheduled    earliest meeting dated after today, or null
 * @param overdue          today is past the next due date
 * @param stalled          no meeting for more than two cadence periods (counted from the start date
 *                         when there has been none)
 */
public record CadenceFigures(
        int held,
        int expected,
        LocalDate lastMeeting,
        Integer daysSinceLast,
        LocalDate nextDue,
        LocalDate nextScheduled,
        boolean overdue,
        boolean stalled) {

    /** Meetings held against meetings expected, in percent, capped at 100; 100 when none are expected yet. */
    public int adherencePercent() {
        return expected == 0 ? 100 : Math.min(100, held * 100 / expected);
    }
}
