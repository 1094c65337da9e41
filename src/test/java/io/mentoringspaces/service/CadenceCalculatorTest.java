package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CadenceFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class CadenceCalculatorTest {

    private static CadenceFigures on(String today, String start, Cadence cadence, String... meetings) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<LocalDate> dates = java.util.Arrays.stream(meetings).map(LocalDate::parse).toList();
        return new CadenceCalculator(clock).compute(LocalDate.parse(start), cadence, dates);
    }

    @Test
    public void shouldExpectOneMeetingOnTheStartDate() {
        CadenceFigures figures = on("2026-03-02", "2026-03-02", Cadence.WEEKLY);

        assertEquals(1, figures.expected());
        assertEquals(0, figures.held());
        assertEquals(LocalDate.parse("2026-03-02"), figures.nextDue());
        assertFalse(figures.overdue());
        assertFalse(figures.stalled());
    }

    @Test
    public void shouldExpectNothingAndFlagNothingWhenTheStartDateIsInTheFuture() {
        CadenceFigures figures = on("2026-03-02", "2026-04-01", Cadence.WEEKLY);

        assertEquals(0, figures.expected());
        assertEquals(100, figures.adherencePercent());
        assertEquals(LocalDate.parse("2026-04-01"), figures.nextDue());
        assertFalse(figures.overdue());
        assertFalse(figures.stalled());
    }

    @Test
    public void shouldCountAWeeklySlotForEveryWeekBegun() {
        assertEquals(1, on("2026-03-08", "2026-03-02", Cadence.WEEKLY).expected());
        assertEquals(2, on("2026-03-09", "2026-03-02", Cadence.WEEKLY).expected());
        assertEquals(9, on("2026-04-27", "2026-03-02", Cadence.WEEKLY).expected());
    }

    @Test
    public void shouldCountAFortnightlySlotForEveryTwoWeeksBegun() {
        assertEquals(1, on("2026-03-15", "2026-03-02", Cadence.FORTNIGHTLY).expected());
        assertEquals(2, on("2026-03-16", "2026-03-02", Cadence.FORTNIGHTLY).expected());
        assertEquals(3, on("2026-03-30", "2026-03-02", Cadence.FORTNIGHTLY).expected());
    }

    @Test
    public void shouldClampMonthlySlotsToTheEndOfShortMonths() {
        // 31 January: the slots fall on 28 February and 31 March.
        assertEquals(1, on("2026-02-27", "2026-01-31", Cadence.MONTHLY).expected());
        assertEquals(2, on("2026-02-28", "2026-01-31", Cadence.MONTHLY).expected());
        assertEquals(2, on("2026-03-30", "2026-01-31", Cadence.MONTHLY).expected());
        assertEquals(3, on("2026-03-31", "2026-01-31", Cadence.MONTHLY).expected());
    }

    @Test
    public void shouldUseTheLeapDayAsTheFebruarySlotInALeapYear() {
        assertEquals(1, on("2028-02-28", "2028-01-31", Cadence.MONTHLY).expected());
        assertEquals(2, on("2028-02-29", "2028-01-31", Cadence.MONTHLY).expected());
    }

    @Test
    public void shouldCountAYearOfMonthlySlotsFromALeapDay() {
        // 29 Feb 2028 + 12 months = 28 Feb 2029.
        assertEquals(12, on("2029-02-27", "2028-02-29", Cadence.MONTHLY).expected());
        assertEquals(13, on("2029-02-28", "2028-02-29", Cadence.MONTHLY).expected());
    }

    @Test
    public void shouldCountOnlyMeetingsDatedTodayOrEarlierAsHeld() {
        CadenceFigures figures = on("2026-03-16", "2026-03-02", Cadence.WEEKLY,
                "2026-03-02", "2026-03-16", "2026-03-23", "2026-03-30");

        assertEquals(2, figures.held());
        assertEquals(LocalDate.parse("2026-03-16"), figures.lastMeeting());
        assertEquals(Integer.valueOf(0), figures.daysSinceLast());
        assertEquals(LocalDate.parse("2026-03-23"), figures.nextScheduled());
        assertEquals(LocalDate.parse("2026-03-23"), figures.nextDue());
    }

    @Test
    public void shouldReportNoLastMeetingForAPlanWithoutMeetings() {
        CadenceFigures figures = on("2026-03-05", "2026-03-02", Cadence.WEEKLY);

        assertEquals(0, figures.held());
        assertNull(figures.lastMeeting());
        assertNull(figures.daysSinceLast());
        assertNull(figures.nextScheduled());
        assertEquals(0, figures.adherencePercent());
        assertTrue(figures.overdue());
        assertFalse(figures.stalled());
    }

    @Test
    public void shouldStallOnlyAfterMoreThanTwoPeriodsWithoutAMeeting() {
        assertFalse(on("2026-03-16", "2026-01-05", Cadence.WEEKLY, "2026-03-02").stalled());
        assertTrue(on("2026-03-17", "2026-01-05", Cadence.WEEKLY, "2026-03-02").stalled());
    }

    @Test
    public void shouldStallAPairThatNeverMetTwoPeriodsAfterTheStart() {
        assertFalse(on("2026-05-02", "2026-03-02", Cadence.MONTHLY).stalled());
        assertTrue(on("2026-05-03", "2026-03-02", Cadence.MONTHLY).stalled());
    }

    @Test
    public void shouldMeasureMonthlyStallingInCalendarMonths() {
        // Last meeting 31 Dec: two months later is 28 Feb.
        assertFalse(on("2027-02-28", "2026-09-01", Cadence.MONTHLY, "2026-12-31").stalled());
        assertTrue(on("2027-03-01", "2026-09-01", Cadence.MONTHLY, "2026-12-31").stalled());
    }

    @Test
    public void shouldBeOverdueTheDayAfterTheNextDueDate() {
        assertFalse(on("2026-03-09", "2026-03-02", Cadence.WEEKLY, "2026-03-02").overdue());
        assertTrue(on("2026-03-10", "2026-03-02", Cadence.WEEKLY, "2026-03-02").overdue());
    }

    @Test
    public void shouldCapAdherenceAtOneHundredPercent() {
        CadenceFigures figures = on("2026-03-03", "2026-03-02", Cadence.MONTHLY, "2026-03-02", "2026-03-03");

        assertEquals(2, figures.held());
        assertEquals(1, figures.expected());
        assertEquals(100, figures.adherencePercent());
    }

    @Test
    public void shouldRoundAdherenceDown() {
        // 9 slots begun, 6 meetings held: 66 %.
        CadenceFigures figures = on("2026-04-27", "2026-03-02", Cadence.WEEKLY,
                "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06");

        assertEquals(66, figures.adherencePercent());
        assertEquals(Integer.valueOf(21), figures.daysSinceLast());
    }

    @Test
    public void shouldCountAMeetingHeldBeforeTheStartDate() {
        CadenceFigures figures = on("2026-03-02", "2026-03-02", Cadence.WEEKLY, "2026-02-20");

        assertEquals(1, figures.held());
        assertEquals(LocalDate.parse("2026-02-27"), figures.nextDue());
        assertTrue(figures.overdue());
    }
}
