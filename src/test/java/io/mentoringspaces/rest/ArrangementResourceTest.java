package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.Html;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Test;

/** When, how long and where the pair meets, read and changed through {@code /spaces/{spaceKey}/arrangement}. */
public class ArrangementResourceTest extends RestTestBase {

    private static final String AGREED = "{\"meetingTime\":\"17:30\",\"meetingDuration\":45,"
            + "\"meetingPlace\":\"https://meet.example.com/mia-max\"}";

    private Reply change(String user, String json) throws Exception {
        return server.send("PUT", "/spaces/MENT/arrangement", user, json);
    }

    /** The reply's JSON without its {@code html}, which the tests read on its own. */
    private static String withoutHtml(Reply reply) {
        ObjectNode json = (ObjectNode) reply.json();
        json.remove("html");
        return json.toString();
    }

    @Test
    @NonTransactional
    public void shouldShowAnHourWithNothingElseAgreedBeforeThePairAgrees() throws Exception {
        Reply reply = server.get("/spaces/MENT/arrangement", "vera");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("No meeting time agreed yet", Html.text(reply.json().get("html").asText(), ".mentoring-arrangement-text"));
        assertEquals("{\"meetingDuration\":60,\"canChange\":false}", withoutHtml(reply));
        assertEquals(true, server.get("/spaces/MENT/arrangement", "mia").json().get("canChange").asBoolean());
    }

    @Test
    @NonTransactional
    public void shouldAnswerWithTheArrangementReRenderedWithTheFormForThePairOnly() throws Exception {
        Document mentor = Html.parse(change("max", AGREED).json().get("html").asText());
        Document viewer = Html.parse(server.get("/spaces/MENT/arrangement", "vera").json().get("html").asText());

        assertEquals("We meet at 17:30 for 45 minutes \u2014 https://meet.example.com/mia-max",
                mentor.selectFirst(".mentoring-arrangement-text").text());
        assertEquals("https://meet.example.com/mia-max", mentor.selectFirst("a.mentoring-arrangement-place").attr("href"));
        assertEquals(List.of("17:30", "45", "https://meet.example.com/mia-max"),
                mentor.select(".mentoring-arrangement-form input").eachAttr("value"));
        assertEquals("/rest/mentoring/1.0/spaces/MENT/arrangement", mentor.selectFirst(".mentoring-arrangement").attr("data-rest-path"));
        assertEquals(viewer.selectFirst(".mentoring-arrangement-text").text(), mentor.selectFirst(".mentoring-arrangement-text").text());
        assertEquals(0, viewer.select("form, button, [data-rest-path]").size());
    }

    @Test
    @NonTransactional
    public void shouldKeepWhatThePairAgreed() throws Exception {
        Reply reply = change("max", AGREED);

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("{\"meetingTime\":\"17:30\",\"meetingDuration\":45,\"meetingPlace\":\"https://meet.example.com/mia-max\","
                + "\"canChange\":true}", withoutHtml(reply));
        assertEquals(new MeetingArrangement(LocalTime.of(17, 30), 45, "https://meet.example.com/mia-max"),
                plans.getBySpaceKey(SPACE).arrangement());
        assertEquals("{\"meetingDuration\":60,\"canChange\":true}", withoutHtml(change("mia", "{}")));
    }

    @Test
    @NonTransactional
    public void shouldKeepTheNoticeACancellationWasGivenWhenTheAgreedTimeChangesLater() throws Exception {
        givenMeeting(201, TODAY.plusDays(1));
        meetings.setState(201, MeetingState.CANCELLED, null, plan.menteeKey());

        change("mia", "{\"meetingTime\":\"18:00\"}");
        givenMeeting(202, TODAY.plusDays(1).plusWeeks(1));
        meetings.setState(202, MeetingState.CANCELLED, null, plan.menteeKey());

        assertEquals(13, meetings.findByPageId(201).orElseThrow().noticeHours());
        assertEquals(199, meetings.findByPageId(202).orElseThrow().noticeHours());
        assertEquals(1, plans.getBySpaceKey(SPACE).practice().cancelledLate());
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyThePairChangeItAndAnyoneWhoMayViewTheSpaceReadIt() throws Exception {
        Map<String, String> reads = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String user : USERS) {
            reads.put(String.valueOf(user), refusal(server.get("/spaces/MENT/arrangement", user)));
            changes.put(String.valueOf(user), refusal(change(user, "{\"meetingDuration\":30}")));
        }

        assertEquals(expectedAnswers(false), reads);
        assertEquals(expectedAnswers(true), changes);
        assertEquals("404: This space has no growth plan.", refusal(server.get("/spaces/OTHER/arrangement", "mia")));
    }

    @Test
    @NonTransactional
    public void shouldRefuseAnArrangementThatIsNotATimeALengthOrASafePlaceAndKeepTheAgreedOne() throws Exception {
        change("mia", AGREED);

        assertEquals("400: Meeting time must be a time of day written as hh:mm, such as 09:30.",
                refusal(change("mia", "{\"meetingTime\":\"5pm\"}")));
        assertEquals("400: Meeting length (minutes) must be a whole number from 15 to 480.",
                refusal(change("mia", "{\"meetingDuration\":500}")));
        assertEquals("400: Meeting length (minutes) must be a whole number from 15 to 480.",
                refusal(change("mia", "{\"meetingDuration\":\"an hour\"}")));
        assertEquals("400: A link in Place or link must be a web address starting with http:// or https://.",
                refusal(change("mia", "{\"meetingPlace\":\"javascript:alert(1)\"}")));
        JsonNode kept = server.get("/spaces/MENT/arrangement", "vera").json();
        assertEquals("17:30", kept.get("meetingTime").asText());
        assertEquals(45, kept.get("meetingDuration").asInt());
    }

    @Test
    @NonTransactional
    public void shouldRefuseEveryFieldAtOnceAndKeepTheAgreedArrangement() throws Exception {
        change("mia", AGREED);

        Reply reply = change("mia", "{\"meetingTime\":\"5pm\",\"meetingDuration\":5,\"meetingPlace\":\"javascript:alert(1)\"}");
        Reply notANumber = change("max", "{\"meetingDuration\":\"an hour\",\"meetingPlace\":\"ftp://files.example.com\"}");

        assertEquals(400, reply.status());
        assertEquals("[{\"field\":\"meetingTime\",\"message\":\"Meeting time must be a time of day written as hh:mm, such as 09:30.\"},"
                + "{\"field\":\"meetingDuration\",\"message\":\"Meeting length (minutes) must be a whole number from 15 to 480.\"},"
                + "{\"field\":\"meetingPlace\",\"message\":\"A link in Place or link must be a web address starting with http:// or https://.\"}]",
                reply.json().get("errors").toString());
        assertEquals("meetingTime", reply.json().get("field").asText());
        assertEquals(List.of("meetingDuration", "meetingPlace"), notANumber.json().get("errors").findValuesAsText("field"));
        assertEquals(new MeetingArrangement(LocalTime.of(17, 30), 45, "https://meet.example.com/mia-max"),
                plans.getBySpaceKey(SPACE).arrangement());
    }
}
