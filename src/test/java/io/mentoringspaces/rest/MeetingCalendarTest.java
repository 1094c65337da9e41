package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.service.CadenceCalculator;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ExDate;
import org.junit.Test;

/**
 * The iCalendar file of a pair's meetings, parsed back with ical4j: the series falls on exactly the dates
 * the cadence rules give ({@link Cadence#after}, {@link CadenceCalculator#expectedMeetings}), monthly ones
 * clamped to the month's end; each meeting page is its own event and takes its slot out of the series.
 */
public class MeetingCalendarTest {

    private static final Instant STAMP = Instant.parse("2027-01-10T08:00:00Z");
    private static final MeetingArrangement AT_HALF_NINE = new MeetingArrangement(LocalTime.of(9, 30), 45,
            "Room 4.12, east wing; or https://meet.example.com/mia-max");
    private static final String NAME = "Mentoring: Mia Mentee and Max Mentor";
    private static final String SUMMARY = "Mentoring meeting with Max Mentor";
    private static final String SERIES_UID = "MENT-series-7@mentoringspaces.io";

    private static GrowthPlan plan(LocalDate start, Cadence cadence, MeetingArrangement arrangement) {
        return new GrowthPlan(7, "MENT", 1, "key-mia", "mia", "key-max", "max", start, cadence, PlanStatus.ACTIVE,
                STAMP, arrangement, new PlanFigures(0, 0, 0, 0, 0, List.of()), List.of(), PracticeFigures.NONE, 0,
                new Invitation(STAMP, null, null, null), null, 0);
    }

    /** The plan closed on {@code closedOn} by its mentee, its series changed {@code sequence} times. */
    private static GrowthPlan closed(LocalDate start, Cadence cadence, MeetingArrangement arrangement, LocalDate closedOn,
            int sequence) {
        return new GrowthPlan(7, "MENT", 1, "key-mia", "mia", "key-max", "max", start, cadence, PlanStatus.CLOSED,
                STAMP, arrangement, new PlanFigures(0, 0, 0, 0, 0, List.of()), List.of(), PracticeFigures.NONE, 0,
                new Invitation(STAMP, start, null, null), new Closure(closedOn, "key-mia", 900), sequence);
    }

    private static MeetingLink meeting(long pageId, LocalDate date, MeetingState state, LocalDate movedTo, boolean trashed) {
        return new MeetingLink((int) pageId, 7, pageId, date, date + " Mentoring meeting", trashed,
                Instant.parse("2027-01-05T12:00:00Z"), state, null, null, movedTo, 0, null, null, null);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Calendar written(GrowthPlan plan, List<MeetingLink> meetings, ZoneId zone) throws Exception {
        return parse(new MeetingCalendar(zone, STAMP).write(plan, meetings, Map.of(), NAME, SUMMARY));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The starts of the series' occurrences from its start date up to {@code last}, in order. */
    private static List<Temporal> occurrences(VEvent series, LocalDate first, LocalDate last, ZoneId zone) {
        Period<ZonedDateTime> window = new Period<>(first.atStartOfDay(zone), last.plusDays(1).atStartOfDay(zone));
        TreeSet<String> sorted = new TreeSet<>();
        List<Temporal> starts = new ArrayList<>();
        for (Period<Temporal> period : series.<Temporal>calculateRecurrenceSet(window)) {
            starts.add(period.getStart());
            sorted.add(period.getStart().toString());
        }
        starts.sort((a, b) -> LocalDate.from(a).compareTo(LocalDate.from(b)));
        assertEquals("no occurrence twice", sorted.size(), starts.size());
        return starts;
    }

    private static List<LocalDate> days(List<Temporal> starts) {
        return starts.stream().map(LocalDate::from).toList();
    }

    /** The series' dates by the cadence rules from {@code start} up to {@code last}. */
    private static List<LocalDate> cadenceDates(LocalDate start, Cadence cadence, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        for (long i = 0; !cadence.after(start, i).isAfter(last); i++) {
            dates.add(cadence.after(start, i));
        }
        return dates;
    }

    @Test
    public void shouldRepeatTheSeriesOnEveryDateTheCadenceRulesGiveMonthlyDatesClampedToTheMonthsEnd() throws Exception {
        List<LocalDate> starts = List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 30), LocalDate.of(2027, 1, 29),
                LocalDate.of(2028, 1, 29), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 1, 28), LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 12, 31));
        for (Cadence cadence : Cadence.values()) {
            for (LocalDate start : starts) {
                LocalDate last = start.plusYears(3);
                VEvent series = event(written(plan(start, cadence, AT_HALF_NINE), List.of(), ZoneOffset.UTC), SERIES_UID);

                List<LocalDate> dates = days(occurrences(series, start, last, ZoneOffset.UTC));

                String which = cadence + " from " + start;
                assertEquals(which, cadenceDates(start, cadence, last), dates);
                for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
                    LocalDate today = day;
                    assertEquals(which + " on " + day, CadenceCalculator.expectedMeetings(start, cadence, day),
                            dates.stream().filter(d -> !d.isAfter(today)).count());
                }
            }
        }
    }

    @Test
    public void shouldShowEveryMeetingPageOnItsDayAndLeaveItsSlotOutOfTheSeries() throws Exception {
        LocalDate start = LocalDate.of(2027, 1, 4);
        List<MeetingLink> meetings = List.of(
                meeting(201, LocalDate.of(2027, 1, 4), MeetingState.HELD, null, false),
                meeting(202, LocalDate.of(2027, 1, 13), MeetingState.HELD, null, false),
                meeting(203, LocalDate.of(2027, 1, 18), MeetingState.CANCELLED, null, false),
                meeting(204, LocalDate.of(2027, 2, 1), MeetingState.MOVED, LocalDate.of(2027, 2, 10), false),
                meeting(205, LocalDate.of(2027, 2, 15), MeetingState.PLANNED, null, false),
                meeting(206, LocalDate.of(2027, 2, 22), MeetingState.PLANNED, null, true));
        Calendar calendar = written(plan(start, Cadence.WEEKLY, AT_HALF_NINE), meetings, ZoneOffset.UTC);

        List<LocalDate> series = days(occurrences(event(calendar, SERIES_UID), start, LocalDate.of(2027, 3, 1), ZoneOffset.UTC));

        // Slots taken: 4 Jan (201), 11 Jan (202 on the 13th), 18 Jan (203), 1 Feb (204's date) and 8 Feb (its new date), 15 Feb (205).
        assertEquals(List.of(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 1)), series);
        List<String> events = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            events.add(value(event, "UID") + " " + value(event, "DTSTART") + " " + value(event, "STATUS"));
        }
        assertEquals(List.of(SERIES_UID + " 20270104T093000Z null",
                "MENT-meeting-201@mentoringspaces.io 20270104T093000Z CONFIRMED",
                "MENT-meeting-202@mentoringspaces.io 20270113T093000Z CONFIRMED",
                "MENT-meeting-203@mentoringspaces.io 20270118T093000Z CANCELLED",
                "MENT-meeting-204@mentoringspaces.io 20270210T093000Z CONFIRMED",
                "MENT-meeting-205@mentoringspaces.io 20270215T093000Z CONFIRMED"), events);
        for (LocalDate day : series) {
            for (MeetingLink meeting : meetings) {
                assertFalse(day + " shows twice", !meeting.trashed() && meeting.effectiveDate().equals(day));
            }
        }
    }

    @Test
    public void shouldWriteTheAgreedTimeLengthAndPlaceAndNameTheMeetingsTheUserMayView() throws Exception {
        GrowthPlan plan = plan(LocalDate.of(2027, 1, 4), Cadence.FORTNIGHTLY, AT_HALF_NINE);
        List<MeetingLink> meetings = List.of(meeting(201, LocalDate.of(2027, 1, 4), MeetingState.HELD, null, false),
                meeting(202, LocalDate.of(2027, 1, 18), MeetingState.PLANNED, null, false));
        Calendar calendar = parse(new MeetingCalendar(ZoneOffset.UTC, STAMP).write(plan, meetings,
                Map.of(201L, new MeetingCalendar.ViewablePage("2027-01-04 First steps", "https://wiki.example.com/pages/201")),
                NAME, SUMMARY));

        assertEquals(NAME, calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        VEvent series = event(calendar, SERIES_UID);
        assertEquals("FREQ=WEEKLY;INTERVAL=2", value(series, "RRULE"));
        assertEquals("0", value(series, "SEQUENCE"));
        assertEquals("PT45M", value(series, "DURATION"));
        assertEquals(AT_HALF_NINE.place(), value(series, "LOCATION"));
        assertEquals(SUMMARY, value(series, "SUMMARY"));
        assertEquals("20270110T080000Z", value(series, "DTSTAMP"));
        VEvent viewable = event(calendar, "MENT-meeting-201@mentoringspaces.io");
        assertEquals("2027-01-04 First steps", value(viewable, "SUMMARY"));
        assertEquals("https://wiki.example.com/pages/201", value(viewable, "URL"));
        assertEquals(AT_HALF_NINE.place(), value(viewable, "LOCATION"));
        assertEquals("20270105T120000Z", value(viewable, "LAST-MODIFIED"));
        VEvent restricted = event(calendar, "MENT-meeting-202@mentoringspaces.io");
        assertEquals(SUMMARY, value(restricted, "SUMMARY"));
        assertEquals(null, value(restricted, "URL"));
    }

    @Test
    public void shouldWriteWholeDaysWhenNoTimeWasAgreed() throws Exception {
        LocalDate start = LocalDate.of(2027, 1, 31);
        Calendar calendar = written(plan(start, Cadence.MONTHLY, MeetingArrangement.NONE),
                List.of(meeting(201, LocalDate.of(2027, 3, 2), MeetingState.HELD, null, false)), ZoneId.of("Europe/Berlin"));

        VEvent series = event(calendar, SERIES_UID);
        assertEquals("20270131", value(series, "DTSTART"));
        assertEquals("DATE", series.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        assertEquals("P1D", value(series, "DURATION"));
        ExDate<?> left = series.<ExDate<?>>getProperty("EXDATE").orElseThrow();
        assertEquals("20270228", left.getValue());
        assertEquals("DATE", left.getParameter("VALUE").orElseThrow().getValue());
        assertEquals(null, value(series, "LOCATION"));
        assertEquals(List.of(), calendar.getComponents("VTIMEZONE"));
        // 2 March falls in the slot of 28 February (the clamped 31st), which the series leaves out.
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30)),
                days(occurrences(series, start, LocalDate.of(2027, 5, 1), ZoneOffset.UTC)));
        assertEquals("20270302", value(event(calendar, "MENT-meeting-201@mentoringspaces.io"), "DTSTART"));
    }

    @Test
    public void shouldKeepTheAgreedTimeInTheServersTimeZoneAcrossSummerTime() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate start = LocalDate.of(2027, 3, 1);
        Calendar calendar = written(plan(start, Cadence.WEEKLY, AT_HALF_NINE),
                List.of(meeting(201, LocalDate.of(2027, 4, 5), MeetingState.HELD, null, false)), berlin);

        assertEquals("Europe/Berlin", calendar.getComponents("VTIMEZONE").get(0).getProperty("TZID").orElseThrow().getValue());
        VEvent series = event(calendar, SERIES_UID);
        assertEquals("Europe/Berlin", series.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        ExDate<?> left = series.<ExDate<?>>getProperty("EXDATE").orElseThrow();
        assertEquals("20270405T093000", left.getValue());
        assertEquals("Europe/Berlin", left.getParameter("TZID").orElseThrow().getValue());
        List<Temporal> starts = occurrences(series, start, LocalDate.of(2027, 4, 12), berlin);
        List<String> local = starts.stream().map(t -> ZonedDateTime.from(t).withZoneSameInstant(berlin).toLocalDateTime().toString())
                .toList();
        assertEquals(List.of("2027-03-01T09:30", "2027-03-08T09:30", "2027-03-15T09:30", "2027-03-22T09:30",
                "2027-03-29T09:30", "2027-04-12T09:30"), local);
    }

    @Test
    public void shouldEndAClosedPlansSeriesOnTheDayItClosedAsAUtcTimeAndCountItsChanges() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate start = LocalDate.of(2027, 3, 1);
        Calendar calendar = written(closed(start, Cadence.WEEKLY, AT_HALF_NINE, LocalDate.of(2027, 4, 12), 3),
                List.of(meeting(201, LocalDate.of(2027, 3, 15), MeetingState.HELD, null, false)), berlin);

        VEvent series = event(calendar, SERIES_UID);
        assertEquals("Europe/Berlin", series.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals("the last second of 12 April in Berlin (summer time), in UTC", "FREQ=WEEKLY;UNTIL=20270412T215959Z",
                value(series, "RRULE"));
        assertEquals("3", value(series, "SEQUENCE"));
        List<String> local = occurrences(series, start, LocalDate.of(2027, 6, 30), berlin).stream()
                .map(t -> ZonedDateTime.from(t).withZoneSameInstant(berlin).toLocalDateTime().toString()).toList();
        assertEquals(List.of("2027-03-01T09:30", "2027-03-08T09:30", "2027-03-22T09:30", "2027-03-29T09:30", "2027-04-05T09:30",
                "2027-04-12T09:30"), local);
    }

    @Test
    public void shouldEndAClosedPlansSeriesOfWholeDaysOnTheDayItClosed() throws Exception {
        LocalDate start = LocalDate.of(2027, 1, 31);
        VEvent series = event(written(closed(start, Cadence.MONTHLY, MeetingArrangement.NONE, LocalDate.of(2027, 4, 29), 2),
                List.of(), ZoneId.of("Europe/Berlin")), SERIES_UID);

        assertEquals("FREQ=MONTHLY;UNTIL=20270429;BYMONTHDAY=28,29,30,31;BYSETPOS=-1", value(series, "RRULE"));
        assertEquals("2", value(series, "SEQUENCE"));
        assertEquals("30 April, a day after it closed, is left out",
                List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31)),
                days(occurrences(series, start, LocalDate.of(2027, 12, 31), ZoneOffset.UTC)));
    }

    @Test
    public void shouldEndAClosedPlansSeriesInUtcOnAServerInUtc() throws Exception {
        LocalDate start = LocalDate.of(2027, 1, 4);
        VEvent series = event(written(closed(start, Cadence.FORTNIGHTLY, AT_HALF_NINE, LocalDate.of(2027, 2, 1), 1), List.of(),
                ZoneOffset.UTC), SERIES_UID);

        assertEquals("20270104T093000Z", value(series, "DTSTART"));
        assertEquals("FREQ=WEEKLY;UNTIL=20270201T235959Z;INTERVAL=2", value(series, "RRULE"));
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 1)),
                days(occurrences(series, start, LocalDate.of(2027, 6, 30), ZoneOffset.UTC)));
    }

    @Test
    public void shouldWriteTheServersFixedOffsetAsUtc() throws Exception {
        Calendar calendar = written(plan(LocalDate.of(2027, 1, 4), Cadence.WEEKLY, AT_HALF_NINE), List.of(),
                ZoneOffset.ofHours(2));

        assertEquals("20270104T073000Z", value(event(calendar, SERIES_UID), "DTSTART"));
        assertEquals(List.of(), calendar.getComponents("VTIMEZONE"));
    }

    @Test
    public void shouldKeepEveryIdentifierFromOneDownloadToTheNext() throws Exception {
        GrowthPlan plan = plan(LocalDate.of(2027, 1, 4), Cadence.WEEKLY, AT_HALF_NINE);
        List<MeetingLink> meetings = List.of(meeting(201, LocalDate.of(2027, 1, 4), MeetingState.HELD, null, false));
        String first = new MeetingCalendar(ZoneOffset.UTC, STAMP).write(plan, meetings, Map.of(), NAME, SUMMARY);
        String later = new MeetingCalendar(ZoneOffset.UTC, STAMP.plusSeconds(86_400)).write(plan,
                List.of(meeting(201, LocalDate.of(2027, 1, 4), MeetingState.MOVED, LocalDate.of(2027, 1, 6), false)), Map.of(),
                NAME, SUMMARY);

        List<String> uids = new ArrayList<>();
        for (String text : List.of(first, later)) {
            for (VEvent event : parse(text).<VEvent>getComponents("VEVENT")) {
                uids.add(value(event, "UID"));
            }
        }
        assertEquals(List.of(SERIES_UID, "MENT-meeting-201@mentoringspaces.io", SERIES_UID, "MENT-meeting-201@mentoringspaces.io"),
                uids);
        assertTrue(later, later.contains("DTSTART:20270106T093000Z"));
    }
}
