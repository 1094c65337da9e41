package io.mentoringspaces.service;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Computes how a pair keeps to its agreed cadence, as of today by the injected clock. Pure: no
 * database, no Confluence.
 *
 * <ul>
 *   <li>A meeting is <em>held</em> when the pair confirmed it (not because its page's date has
 *       passed); it counts at its effective date. Callers pass the effective dates of the held
 *       meetings; a date after today (a held meeting's page renamed to a later date) does not count
 *       as held until that day.</li>
 *   <li>One meeting is <em>expected</em> per cadence slot begun: slots start on the start date and
 *       every cadence period after it, so on the start date one meeting is expected, and none
 *       before.</li>
 *   <li>The <em>next due</em> date is one period after the last meeting held, or the start date
 *       when none has been held; the pair is <em>overdue</em> once today is past it.</li>
 *   <li>The pair is <em>stalled</em> when more than two periods have passed since the last meeting
 *       held (or since the start date, when none has been).</li>
 * </ul>
 */
public class CadenceCalculator {

    private final Clock clock;

    public CadenceCalculator(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures for the plan's start, cadence and the effective dates of its held meetings, as of today. */
    public CadenceFigures compute(LocalDate startDate, Cadence cadence, Collection<LocalDate> meetingDates) {
        return compute(startDate, cadence, meetingDates, today());
    }

    /**
     * The figures as they were on the given day (a closed mentorship keeps those of the day it closed):
     * meetings after that day count as planned, not held.
     */
    public static CadenceFigures compute(LocalDate startDate, Cadence cadence, Collection<LocalDate> meetingDates, LocalDate today) {
        return compute(startDate, cadence, meetingDates.stream().mapToLong(LocalDate::toEpochDay).toArray(), today);
    }

    /** The same, for the held meetings' effective dates given as epoch days (as a programme report reads them). */
    static CadenceFigures compute(LocalDate startDate, Cadence cadence, long[] meetingDays, LocalDate today) {
        long upTo = today.toEpochDay();
        int held = 0;
        long last = Long.MIN_VALUE;
        long next = Long.MAX_VALUE;
        for (long day : meetingDays) {
            if (day > upTo) {
                next = Math.min(next, day);
            } else {
                held++;
                last = Math.max(last, day);
            }
        }
        return compute(startDate, cadence, held, last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last),
                next == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(next), today);
    }

    /**
     * The figures on the given day for {@code held} meetings held on or before it, the latest of them
     * {@code last} (null without one) and the earliest meeting after it {@code nextScheduled} (null without
     * one).
     */
    private static CadenceFigures compute(LocalDate startDate, Cadence cadence, int held, LocalDate last,
            LocalDate nextScheduled, LocalDate today) {
        int expected = expectedMeetings(startDate, cadence, today);
        LocalDate nextDue = last == null ? startDate : cadence.after(last, 1);
        LocalDate reference = last == null ? startDate : last;
        boolean stalled = !today.isBefore(startDate) && today.isAfter(cadence.after(reference, 2));
        Integer daysSinceLast = last == null ? null : (int) ChronoUnit.DAYS.between(last, today);
        return new CadenceFigures(held, expected, last, daysSinceLast, nextDue, nextScheduled, today.isAfter(nextDue),
                stalled);
    }

    /** The date a new meeting page of the plan gets unless the pair says otherwise: the next due date, or today once that is past. */
    public LocalDate nextMeetingDate(GrowthPlan plan) {
        LocalDate due = compute(plan.cadenceStart(), plan.cadence(), plan.figures().meetingDates()).nextDue();
        LocalDate today = today();
        return due.isBefore(today) ? today : due;
    }

    /** Cadence slots begun between the start date and {@code today}, both included. */
    public static int expectedMeetings(LocalDate startDate, Cadence cadence, LocalDate today) {
        if (today.isBefore(startDate)) {
            return 0;
        }
        long periods = switch (cadence) {
            case WEEKLY -> ChronoUnit.WEEKS.between(startDate, today);
            case FORTNIGHTLY -> ChronoUnit.WEEKS.between(startDate, today) / 2;
            case MONTHLY -> ChronoUnit.MONTHS.between(startDate, today);
        };
        // ChronoUnit.MONTHS counts whole months; a slot clamped to a shorter month's end
        // (31 Jan -> 29 Feb) begins before that month is whole, so count it explicitly.
        while (!cadence.after(startDate, periods + 1).isAfter(today)) {
            periods++;
        }
        return (int) (periods + 1);
    }
}
