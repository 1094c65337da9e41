package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.storage.FeedbackMacros;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.Html;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * The feedback of a meeting page through the REST API: each side's pulse given by that side's person,
 * the mentor's suggestions marked by the mentee, answers re-rendered for the macro, and every kind of
 * user answered as it may.
 */
public class FeedbackResourceTest extends RestTestBase {

    private static final String LOGIN = "401: You need to log in to do this.";
    private static final String NONE = "404: Not found, or you do not have permission to see it.";
    private static final String FORBIDDEN = "403: You do not have permission to do this.";

    private String reviewKey;

    @Before
    public void givenAMeetingWithFeedbackFromBothSides() throws Exception {
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 9));
        String body = Storage.macro("mentoring-feedback", Map.of("side", "mentee"), "<p>Clear next steps</p>")
                + Storage.macro("mentoring-feedback", Map.of("side", "mentor"), "<ul><li>Pair on a review</li><li>Write a note</li></ul>");
        givenPageBody(MEETING_PAGE, body);
        FeedbackMacros macros = StorageReader.feedback(body);
        meetings.syncPage(MEETING_PAGE, new MeetingPageContent(false, Instant.parse("2026-03-09T12:00:00Z"), List.of(),
                macros.texts(), macros.suggestions()));
        reviewKey = ao.find(MeetingItemEntity.class, Query.select().where("KIND = ? AND POSITION = ?", "SUGGESTION", 0))[0].getItemKey();
    }

    private static String pulse(Integer value) {
        return "{\"pulse\": " + value + "}";
    }

    @Test
    @NonTransactional
    public void shouldGiveTheMenteesPulseAndAnswerWithTheSideReRendered() throws Exception {
        Reply reply = server.send("PUT", "/pages/200/feedback/mentee/pulse", "mia", pulse(4));

        assertEquals(reply.body(), 200, reply.status());
        JsonNode mentee = reply.json().get("sides").get(0);
        assertEquals("mentee", mentee.get("side").asText());
        assertEquals("Clear next steps", mentee.get("text").asText());
        assertEquals(4, mentee.get("pulse").asInt());
        assertEquals("Mia Mentee", mentee.get("pulseBy").asText());
        assertEquals("2026-03-16T10:15:30Z", mentee.get("pulseAt").asText());
        assertFalse(reply.json().get("sides").get(1).has("pulse"));
        Document html = Html.parse(reply.json().get("html").asText());
        assertEquals("4 of 5, given by Mia Mentee on 16 Mar 2026", html.selectFirst(".mentoring-pulse-given").text());
        assertEquals("true", html.select("button.mentoring-pulse-value").get(3).attr("aria-pressed"));
        assertEquals(1, html.select(".mentoring-pulse-clear").size());

        Reply taken = server.send("PUT", "/pages/200/feedback/mentee/pulse", "mia", pulse(null));
        assertFalse(taken.json().get("sides").get(0).has("pulse"));
        assertEquals("No pulse given yet.", Html.text(taken.json().get("html").asText(), ".mentoring-pulse-given"));
    }

    @Test
    @NonTransactional
    public void shouldCountThePulsesAndAppliedSuggestionsOfAHeldMeetingForTheCoordinator() throws Exception {
        server.send("PUT", "/pages/200/feedback/mentee/pulse", "mia", pulse(5));
        server.send("PUT", "/pages/200/feedback/mentor/pulse", "max", pulse(4));
        Reply marked = server.send("PUT", "/pages/200/feedback/suggestions/" + reviewKey, "mia", "{\"mark\": \"applied\"}");

        assertEquals(marked.body(), 200, marked.status());
        JsonNode review = marked.json().get("suggestions").get(0);
        assertEquals("Pair on a review", review.get("text").asText());
        assertEquals("applied", review.get("mark").asText());
        assertEquals("Mia Mentee", review.get("markedBy").asText());
        Document html = Html.parse(marked.json().get("html").asText());
        assertEquals("applied", html.select("select.mentoring-mark").get(0).selectFirst("option[selected]").val());
        assertEquals("Marked by Mia Mentee on 16 Mar 2026", html.select(".mentoring-suggestion").get(0).attr("title"));
        var practice = plans.getBySpaceKey(SPACE).practice();
        assertEquals("5.0", practice.averagePulse(FeedbackSide.MENTEE));
        assertEquals("4.0", practice.averagePulse(FeedbackSide.MENTOR));
        assertEquals(100, practice.feedbackPercent(FeedbackSide.MENTOR));
        assertEquals(1, practice.suggestionsApplied());
        assertEquals(2, practice.suggestions());
    }

    @Test
    @NonTransactional
    public void shouldShowTheMentorTheSuggestionsWithoutControlsAndTheMenteeWithout() throws Exception {
        Reply mentor = server.send("PUT", "/pages/200/feedback/mentor/pulse", "max", pulse(3));

        Document html = Html.parse(mentor.json().get("html").asText());
        assertEquals(0, html.select("select.mentoring-mark").size());
        assertEquals(List.of("Not yet", "Not yet"), html.select(".mentoring-suggestion-state").eachText());
        assertEquals(5, html.select("button.mentoring-pulse-value").size());
    }

    @Test
    @NonTransactional
    public void shouldRefuseBadRequestsWithAJsonMessageAndWriteNothing() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/pages/200/feedback/mentee/pulse|" + pulse(0), "400: Pulse must be a whole number from 1 to 5.");
        expected.put("/pages/200/feedback/mentee/pulse|" + pulse(6), "400: Pulse must be a whole number from 1 to 5.");
        expected.put("/pages/200/feedback/mentee/pulse|{\"pulse\": 2.5}", "400: Pulse must be a whole number from 1 to 5.");
        expected.put("/pages/200/feedback/mentee/pulse|{\"pulse\": \"4\"}", "400: Pulse must be a whole number from 1 to 5.");
        expected.put("/pages/200/feedback/mentee/pulse|null", "400: The request needs a JSON body.");
        expected.put("/pages/200/feedback/coach/pulse|" + pulse(4), "404: Use one of: mentee, mentor.");
        expected.put("/pages/100/feedback/mentee/pulse|" + pulse(4), "404: This page is not a meeting of a growth plan.");
        expected.put("/pages/200/feedback/suggestions/nope|{\"mark\": \"tried\"}", "404: There is no such suggestion on this page.");
        expected.put("/pages/200/feedback/suggestions/" + reviewKey + "|{\"mark\": \"loved\"}",
                "400: Use one of: none, tried, applied.");
        expected.put("/pages/200/feedback/suggestions/" + reviewKey + "|{}", "400: Mark is required.");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String request : expected.keySet()) {
            String[] parts = request.split("\\|", 2);
            actual.put(request, refusal(server.send("PUT", parts[0], "mia", parts[1])));
        }

        assertEquals(expected, actual);
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select().where("MENTEE_PULSE > ? OR MENTOR_PULSE > ?", 0, 0)));
        assertEquals(0, ao.count(MeetingItemEntity.class, Query.select().where("MARK <> ?", "NONE")));
    }

    @Test
    @NonTransactional
    public void shouldRefuseAPulseForACancelledMeetingWithAConflictAndOfferOnlyToTakeBackOneGivenBefore() throws Exception {
        server.send("PUT", "/pages/200/feedback/mentor/pulse", "max", pulse(2));
        meetings.setState(MEETING_PAGE, MeetingState.PLANNED, null, "key-mia");
        meetings.setState(MEETING_PAGE, MeetingState.CANCELLED, null, "key-mia");

        Reply refused = server.send("PUT", "/pages/200/feedback/mentee/pulse", "mia", pulse(4));
        Reply taken = server.send("PUT", "/pages/200/feedback/mentor/pulse", "max", pulse(null));

        assertEquals("409: This meeting was cancelled: there is no session to rate.", refusal(refused));
        assertEquals(taken.body(), 200, taken.status());
        assertFalse(taken.json().get("sides").get(1).has("pulse"));
        Document html = Html.parse(taken.json().get("html").asText());
        assertEquals(0, html.select("button").size());
        assertEquals("No pulse: this meeting was cancelled.", html.selectFirst(".mentoring-pulse-given").text());
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select().where("MENTEE_PULSE > ? OR MENTOR_PULSE > ?", 0, 0)));
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryKindOfUserExactlyAsItMay() throws Exception {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            matrix.put(String.valueOf(user), List.of(
                    refusal(server.get("/pages/200/feedback", user)),
                    refusal(server.send("PUT", "/pages/200/feedback/mentee/pulse", user, pulse(4))),
                    refusal(server.send("PUT", "/pages/200/feedback/mentor/pulse", user, pulse(4))),
                    refusal(server.send("PUT", "/pages/200/feedback/suggestions/" + reviewKey, user, "{\"mark\": \"tried\"}"))));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("null", List.of(LOGIN, LOGIN, LOGIN, LOGIN));
        expected.put("olga", List.of(NONE, NONE, NONE, NONE));
        expected.put("ada", List.of(NONE, NONE, NONE, NONE));
        expected.put("vera", List.of("200", FORBIDDEN, FORBIDDEN, FORBIDDEN));
        expected.put("eddie", List.of("200", FORBIDDEN, FORBIDDEN, FORBIDDEN));
        expected.put("sam", List.of("200", FORBIDDEN, FORBIDDEN, FORBIDDEN));
        expected.put("mia", List.of("200", "200", FORBIDDEN, "200"));
        expected.put("max", List.of("200", FORBIDDEN, "200", FORBIDDEN));
        assertEquals(expected, matrix);
    }

    @Test
    @NonTransactional
    public void shouldReadBothSidesAndTheSuggestionsOfTheMeeting() throws Exception {
        JsonNode read = server.get("/pages/200/feedback", "vera").json();

        assertEquals(200, read.get("pageId").asLong());
        assertEquals("Clear next steps", read.get("sides").get(0).get("text").asText());
        assertEquals("Pair on a review\nWrite a note", read.get("sides").get(1).get("text").asText());
        assertEquals(List.of("none", "none"), List.of(read.get("suggestions").get(0).get("mark").asText(),
                read.get("suggestions").get(1).get("mark").asText()));
        assertFalse(read.has("html"));
        assertNull(ao.find(MeetingLinkEntity.class, Query.select().where("PAGE_ID = ?", 200L))[0].getMenteePulseBy());
    }
}
