package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.Html;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** What became of a meeting, read and set through {@code /pages/{pageId}/meeting}. */
public class MeetingStateResourceTest extends RestTestBase {

    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    /** A meeting page of the space, linked to the plan and planned (nobody confirmed it yet). */
    private void givenPlannedMeeting(long pageId, LocalDate date) {
        String title = date + " Mentoring meeting";
        confluence.page(pageId, SPACE, null, title, "");
        meetings.link(plan.id(), pageId, date, title);
    }

    private Reply setState(long pageId, String user, String json) throws Exception {
        return server.send("POST", "/pages/" + pageId + "/meeting/state", user, json);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    @NonTransactional
    public void shouldConfirmAMeetingHeldAndCountItInTheCadence() throws Exception {
        givenPlannedMeeting(201, MARCH_9);
        assertEquals(0, server.get("/spaces/MENT/meetings", "vera").json().get("held").asInt());

        Reply reply = setState(201, "max", "{\"state\":\"held\"}");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode held = reply.json();
        assertEquals(201, held.get("pageId").asLong());
        assertEquals("held", held.get("state").asText());
        assertEquals("2026-03-09", held.get("pageDate").asText());
        assertEquals("2026-03-09", held.get("effectiveDate").asText());
        assertEquals("Max Mentor", held.get("stateBy").asText());
        assertEquals(CLOCK.instant().toString(), held.get("stateAt").asText());
        assertEquals(true, held.get("past").asBoolean());
        assertEquals(List.of("planned"), texts(held.get("nextStates")));
        assertFalse(held.has("movedTo"));
        assertFalse(held.has("noticeHours"));
        assertEquals(1, server.get("/spaces/MENT/meetings", "vera").json().get("held").asInt());
        assertEquals(MeetingState.HELD, meetings.findByPageId(201).orElseThrow().state());
    }

    @Test
    @NonTransactional
    public void shouldAnswerWithTheMeetingMacrosStateBarReRenderedForTheUser() throws Exception {
        givenPlannedMeeting(201, MARCH_9);

        Document mentee = Html.parse(setState(201, "mia", "{\"state\":\"held\"}").json().get("html").asText());
        Document viewer = Html.parse(server.get("/pages/201/meeting", "vera").json().get("html").asText());

        assertEquals("Meeting: held on 9 Mar 2026 (set by Mia Mentee on 16 Mar 2026)",
                mentee.selectFirst(".mentoring-meeting-status").text());
        assertEquals(List.of("Back to planned"), mentee.select(".mentoring-meeting-actions button").eachText());
        assertEquals("/rest/mentoring/1.0/pages/201/meeting/state",
                mentee.selectFirst(".mentoring-meeting-state").attr("data-rest-path"));
        assertEquals("Meeting: held on 9 Mar 2026 (set by Mia Mentee on 16 Mar 2026)",
                viewer.selectFirst(".mentoring-meeting-status").text());
        assertTrue(viewer.select("button, form").isEmpty());
    }

    @Test
    @NonTransactional
    public void shouldTellThePairWhatTheyMaySetAndOthersNothing() throws Exception {
        givenPlannedMeeting(201, MARCH_9);
        givenPlannedMeeting(202, TODAY.plusDays(3));

        assertEquals(List.of("held", "cancelled", "moved"), texts(server.get("/pages/201/meeting", "mia").json().get("nextStates")));
        assertEquals(List.of("cancelled", "moved"), texts(server.get("/pages/202/meeting", "max").json().get("nextStates")));
        assertEquals(List.of(), texts(server.get("/pages/201/meeting", "eddie").json().get("nextStates")));
        JsonNode planned = server.get("/pages/202/meeting", "vera").json();
        assertEquals("planned", planned.get("state").asText());
        assertEquals(false, planned.get("past").asBoolean());
        assertFalse(planned.has("stateBy"));
        assertFalse(planned.has("stateAt"));
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyTheMenteeAndTheMentorSetTheStateAndAnyoneWhoMayViewThePageReadIt() throws Exception {
        givenPlannedMeeting(201, MARCH_9);
        Map<String, String> reads = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String user : USERS) {
            reads.put(String.valueOf(user), refusal(server.get("/pages/201/meeting", user)));
            Reply changed = setState(201, user, "{\"state\":\"held\"}");
            changes.put(String.valueOf(user), refusal(changed));
            if (changed.status() == 200) {
                assertEquals(200, setState(201, user, "{\"state\":\"planned\"}").status());
            }
        }

        assertEquals(expectedAnswers(false), reads);
        assertEquals(expectedAnswers(true), changes);
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(201).orElseThrow().state());
        assertEquals(List.of(), plans.getBySpaceKey(SPACE).heldDates());
    }

    @Test
    @NonTransactional
    public void shouldMoveAMeetingToAnotherDate() throws Exception {
        givenPlannedMeeting(201, MARCH_9);

        JsonNode moved = setState(201, "mia", "{\"state\":\"moved\",\"date\":\"2026-03-12\"}").json();

        assertEquals("moved", moved.get("state").asText());
        assertEquals("2026-03-09", moved.get("pageDate").asText());
        assertEquals("2026-03-12", moved.get("movedTo").asText());
        assertEquals("2026-03-12", moved.get("effectiveDate").asText());
        assertEquals(List.of("held", "cancelled", "moved"), texts(moved.get("nextStates")));
    }

    @Test
    @NonTransactional
    public void shouldRecordTheNoticeOfACancellationBeforeTheAgreedTime() throws Exception {
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(9, 0), 60, null));
        givenPlannedMeeting(201, TODAY.plusDays(1));
        givenPlannedMeeting(202, TODAY);

        JsonNode ahead = setState(201, "mia", "{\"state\":\"cancelled\"}").json();
        JsonNode late = setState(202, "max", "{\"state\":\"cancelled\"}").json();

        assertEquals(22, ahead.get("noticeHours").asInt());
        assertEquals(true, ahead.get("lateCancellation").asBoolean());
        assertEquals(-1, late.get("noticeHours").asInt());
        assertEquals(true, late.get("lateCancellation").asBoolean());
        assertEquals(List.of("planned"), texts(late.get("nextStates")));
        assertEquals(2, plans.getBySpaceKey(SPACE).practice().cancelledLate());
    }

    @Test
    @NonTransactional
    public void shouldRefuseWhatCannotBecomeOfTheMeetingWithAMessageAndChangeNothing() throws Exception {
        givenPlannedMeeting(201, MARCH_9);
        givenPlannedMeeting(202, TODAY.plusDays(1));
        givenMeeting(203, LocalDate.of(2026, 3, 2));

        assertEquals("400: Use one of: planned, held, cancelled, moved.", refusal(setState(201, "mia", "{\"state\":\"done\"}")));
        assertEquals("400: Meeting state is required.", refusal(setState(201, "mia", "{}")));
        assertEquals("400: New date is required.", refusal(setState(201, "mia", "{\"state\":\"moved\"}")));
        assertEquals("400: New date must be a date written as yyyy-mm-dd.",
                refusal(setState(201, "mia", "{\"state\":\"moved\",\"date\":\"12/03/2026\"}")));
        assertEquals("400: New date must differ from the date the meeting is on.",
                refusal(setState(201, "mia", "{\"state\":\"moved\",\"date\":\"2026-03-09\"}")));
        assertEquals("400: A meeting can be confirmed as held from its day on (2026-03-17).",
                refusal(setState(202, "mia", "{\"state\":\"held\"}")));
        assertEquals("409: This meeting is held; it can only be set to: planned.",
                refusal(setState(203, "mia", "{\"state\":\"cancelled\"}")));
        assertEquals("404: This page is not a meeting of a growth plan.",
                refusal(setState(GROWTH_PLAN_PAGE, "mia", "{\"state\":\"held\"}")));
        assertEquals("404: This page is not a meeting of a growth plan.", refusal(server.get("/pages/" + GROWTH_PLAN_PAGE + "/meeting", "vera")));

        assertEquals(MeetingState.PLANNED, meetings.findByPageId(201).orElseThrow().state());
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(202).orElseThrow().state());
        assertEquals(MeetingState.HELD, meetings.findByPageId(203).orElseThrow().state());
    }
}
