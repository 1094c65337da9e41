package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.testsupport.Html;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

public class MeetingResourceTest extends RestTestBase {

    @Test
    @NonTransactional
    public void shouldReturnTheCadenceFiguresAndTheTimeline() throws Exception {
        givenMeeting(201, LocalDate.of(2026, 1, 5));
        givenMeeting(202, LocalDate.of(2026, 3, 2));
        givenMeeting(203, LocalDate.of(2026, 3, 23));
        givenMeeting(204, LocalDate.of(2026, 2, 2));
        meetings.trash(204);

        Reply reply = server.get("/spaces/MENT/meetings", "vera");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode meetings = reply.json();
        assertEquals(2, meetings.get("held").asInt());
        assertEquals(11, meetings.get("expected").asInt());
        assertEquals(18, meetings.get("adherencePercent").asInt());
        assertEquals(14, meetings.get("daysSinceLast").asInt());
        assertEquals("2026-03-02", meetings.get("lastMeeting").asText());
        assertEquals("2026-03-09", meetings.get("nextDue").asText());
        assertEquals(true, meetings.get("overdue").asBoolean());
        assertEquals(false, meetings.get("stalled").asBoolean());
        List<Long> ids = new ArrayList<>();
        meetings.get("meetingPageIds").forEach(id -> ids.add(id.asLong()));
        assertEquals(List.of(203L, 202L, 201L), ids);
        assertEquals(List.of("23 Mar 2026", "2 Mar 2026", "5 Jan 2026"),
                Html.texts(meetings.get("html").asText(), ".mentoring-timeline-date"));
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryKindOfUserExactlyAsItMay() throws Exception {
        Map<String, String> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            matrix.put(String.valueOf(user), refusal(server.get("/spaces/MENT/meetings", user)));
        }
        String none = "404: Not found, or you do not have permission to see it.";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("null", "401: You need to log in to do this.");
        expected.put("olga", none);
        expected.put("ada", none);
        for (String user : List.of("vera", "eddie", "sam", "mia", "max")) {
            expected.put(user, "200");
        }
        assertEquals(expected, matrix);
        assertEquals("404: This space has no growth plan.", refusal(server.get("/spaces/OTHER/meetings", "mia")));
        assertEquals(none, refusal(server.get("/spaces/NOPE/meetings", "mia")));
        assertEquals(405, server.send("POST", "/spaces/MENT/meetings", "mia", "{}").status());
    }

    @Test
    @NonTransactional
    public void shouldNotNameMeetingPagesTheUserMayNotView() throws Exception {
        confluence.space("SECRET", "Secret");
        confluence.spaceAdmin("SECRET", "mia");
        confluence.page(301, "SECRET", null, "Secret meeting", "");
        givenHeldMeeting(plan, 301, LocalDate.of(2026, 3, 9), "Secret meeting");

        Reply reply = server.get("/spaces/MENT/meetings", "vera");

        assertEquals(0, reply.json().get("meetingPageIds").size());
        assertEquals(-1, reply.body().indexOf("Secret meeting"));
        assertEquals(1, reply.json().get("held").asInt());
    }
}
