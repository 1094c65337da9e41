package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.StatementCounter;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/** The pair's meetings as an iCalendar file, through {@code GET /spaces/{spaceKey}/calendar}. */
public class CalendarResourceTest extends RestTestBase {

    private static final String PATH = "/spaces/MENT/calendar";

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    @NonTransactional
    public void shouldGiveThePairTheirSeriesAndEveryMeetingPageAsAFileToDownload() throws Exception {
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 9));
        givenMeeting(201, LocalDate.of(2026, 3, 23));
        meetings.setState(201, MeetingState.MOVED, LocalDate.of(2026, 3, 25), plan.menteeKey());
        server.send("PUT", "/spaces/MENT/arrangement", "mia", "{\"meetingTime\":\"17:30\",\"meetingDuration\":45,"
                + "\"meetingPlace\":\"Room 4.12, east wing\"}");

        Reply reply = server.get(PATH, "mia");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("text/calendar;charset=utf-8", reply.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"MENT-meetings.ics\"", reply.disposition());
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        assertEquals("Mentoring: Mia Mentee and Max Mentor", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        List<String> events = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            events.add(String.join(" | ", value(event, "UID"), value(event, "DTSTART"), value(event, "SUMMARY"),
                    String.valueOf(value(event, "RRULE")), String.valueOf(value(event, "EXDATE")), value(event, "LOCATION")));
        }
        assertEquals(List.of(
                "MENT-series-" + plan.id() + "@mentoringspaces.io | 20260105T173000Z | Mentoring meeting with Max Mentor"
                        + " | FREQ=WEEKLY | 20260309T173000Z,20260323T173000Z | Room 4.12, east wing",
                "MENT-meeting-200@mentoringspaces.io | 20260309T173000Z | 2026-03-09 Mentoring meeting | null | null"
                        + " | Room 4.12, east wing",
                "MENT-meeting-201@mentoringspaces.io | 20260325T173000Z | 2026-03-23 Mentoring meeting | null | null"
                        + " | Room 4.12, east wing"), events);
        assertEquals("Mentoring meeting with Mia Mentee", value(new CalendarBuilder().build(new StringReader(server.get(PATH,
                "max").body())).<VEvent>getComponents("VEVENT").get(0), "SUMMARY"));
    }

    /** The statements one download takes, after the plan has {@code count} meeting pages. */
    private List<String> statementsWithMeetings(int count, long firstPage) throws Exception {
        for (int i = 0; i < count; i++) {
            givenMeeting(firstPage + i, LocalDate.of(2026, 1, 5).plusDays(i));
        }
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            Reply reply = server.get(PATH, "mia");
            assertEquals(reply.body(), 200, reply.status());
            return recording.statements();
        }
    }

    @Test
    @NonTransactional
    public void shouldReadThePlanAndItsMeetingsInTwoStatementsFor1And100Meetings() throws Exception {
        List<String> one = statementsWithMeetings(1, 300);
        List<String> hundred = statementsWithMeetings(99, 301);

        assertEquals(one.toString(), 2, one.size());
        assertEquals(hundred.toString(), 2, hundred.size());
        assertTrue(hundred.toString(), hundred.stream().allMatch(sql -> sql.strip().toUpperCase().startsWith("SELECT")));
    }

    @Test
    @NonTransactional
    public void shouldStillGiveThePairTheFileOnceTheyClosedTheMentorshipItsSeriesEndingThatDay() throws Exception {
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 2));
        givenClosed(plan, LocalDate.of(2026, 3, 9), 900);

        Reply reply = server.get(PATH, "max");

        assertEquals(reply.body(), 200, reply.status());
        VEvent series = new CalendarBuilder().build(new StringReader(reply.body())).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("MENT-series-" + plan.id() + "@mentoringspaces.io", value(series, "UID"));
        assertEquals("FREQ=WEEKLY;UNTIL=20260309", value(series, "RRULE"));
        assertEquals("closing is the series' first change", "1", value(series, "SEQUENCE"));
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyThePairDownloadIt() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String user : USERS) {
            answers.put(String.valueOf(user), refusal(server.get(PATH, user)));
        }

        assertEquals(expectedAnswers(true), answers);
        assertEquals("404: This space has no growth plan.", refusal(server.get("/spaces/OTHER/calendar", "mia")));
        assertEquals("404: Not found, or you do not have permission to see it.",
                refusal(server.get("/spaces/NOPE/calendar", "mia")));
        assertEquals(405, server.send("POST", PATH, "mia", "{}").status());
    }
}
