package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.security.SpacePermission;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

public class GoalResourceTest extends RestTestBase {

    private static final String PROGRESS = "{\"percent\": 60, \"status\": \"in-progress\", \"note\": \"Rehearsed\"}";

    private void givenTwoGoals() {
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 9));
        givenGoal("g-speak", "Speak at a meetup", "One talk", LocalDate.of(2026, 6, 30), GoalStatus.IN_PROGRESS);
        givenGoal("g-lead", "Lead a project", null, null, GoalStatus.NOT_STARTED);
        goals.recordProgress(plan.id(), "g-speak", 40, GoalStatus.IN_PROGRESS, "Abstract", "key-mia", 0);
    }

    private int updates() {
        return ao.count(ProgressUpdateEntity.class, Query.select());
    }

    private GoalProgress stored(String goalKey) {
        return goals.currentGoalsWithProgress(plan.id(), 5).stream().filter(g -> g.goal().goalKey().equals(goalKey))
                .findFirst().orElseThrow();
    }

    @Test
    @NonTransactional
    public void shouldReturnTheStateOfEveryGoalWithItsFragment() throws Exception {
        givenTwoGoals();

        Reply reply = server.get("/pages/100/goals", "mia");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode goals = reply.json().get("goals");
        assertEquals(2, goals.size());
        assertEquals("g-speak", goals.get(0).get("goalKey").asText());
        assertEquals("in-progress", goals.get(0).get("status").asText());
        assertEquals(40, goals.get(0).get("percent").asInt());
        assertEquals("not-agreed", goals.get(0).get("agreement").asText());
        assertEquals(List.of("goalKey", "status", "percent", "agreement", "html"), fieldNames(goals.get(0)));
        assertEquals("40%", Html.text(goals.get(0).get("html").asText(), ".mentoring-progress-label"));
        assertEquals("/rest/mentoring/1.0/pages/100/goals/g-speak",
                Html.parse(goals.get(0).get("html").asText()).selectFirst(".mentoring-goal-state").attr("data-rest-path"));
        assertEquals("not-started", goals.get(1).get("status").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @NonTransactional
    public void shouldRecordProgressLinkedToTheMeetingPageAndAnswerWithTheNewState() throws Exception {
        givenTwoGoals();

        Reply reply = server.send("POST", "/pages/200/goals/g-speak/progress", "eddie", PROGRESS);

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(60, reply.json().get("percent").asInt());
        String html = reply.json().get("html").asText();
        assertEquals("60%", Html.text(html, ".mentoring-progress-label"));
        assertEquals(List.of("16 Mar 2026 60% · In progress Eddie Editor in 2026-03-09 Mentoring meeting Rehearsed",
                "16 Mar 2026 40% · In progress Mia Mentee Abstract"), Html.texts(html, ".mentoring-history li"));
        ProgressUpdate latest = stored("g-speak").recentUpdates().get(0);
        assertEquals(MEETING_PAGE, latest.meetingPageId());
        assertEquals("key-eddie", latest.authorKey());
        assertEquals(60, stored("g-speak").goal().progressPercent());
    }

    @Test
    @NonTransactional
    public void shouldNotLinkProgressRecordedOnAPageThatIsNoMeeting() throws Exception {
        givenTwoGoals();

        Reply reply = server.send("POST", "/pages/100/goals/g-lead/progress", "mia", "{\"percent\": 10, \"status\": \"in-progress\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("in-progress", reply.json().get("status").asText());
        assertEquals(0, stored("g-lead").recentUpdates().get(0).meetingPageId());
    }

    @Test
    @NonTransactional
    public void shouldRefuseBadProgressWithAJsonMessageAndWriteNothing() throws Exception {
        givenTwoGoals();
        int before = updates();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{\"percent\": 130, \"status\": \"in-progress\"}", "400: Progress must be a whole number from 0 to 100.");
        expected.put("{\"percent\": -1, \"status\": \"in-progress\"}", "400: Progress must be a whole number from 0 to 100.");
        expected.put("{\"percent\": 12.5, \"status\": \"in-progress\"}", "400: Progress must be a whole number from 0 to 100.");
        expected.put("{\"percent\": \"abc\", \"status\": \"in-progress\"}", "400: Progress must be a whole number from 0 to 100.");
        expected.put("{\"status\": \"in-progress\"}", "400: Progress is required.");
        expected.put("{\"percent\": 10}", "400: Status is required.");
        expected.put("{\"percent\": 10, \"status\": \"done\"}",
                "400: Status must be one of not-started, in-progress, achieved and dropped.");
        expected.put("{\"percent\": 10, \"status\": 3}", "400: Status must be a text.");
        expected.put("{\"percent\": 10, \"status\": \"achieved\", \"note\": \"" + "x".repeat(2001) + "\"}",
                "400: Note is longer than 2000 characters.");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String body : expected.keySet()) {
            actual.put(body, refusal(server.send("POST", "/pages/200/goals/g-speak/progress", "mia", body)));
        }

        assertEquals(expected, actual);
        assertEquals("field", "percent",
                server.send("POST", "/pages/200/goals/g-speak/progress", "mia", "{\"percent\": 130}").json().get("field").asText());
        assertEquals("404: There is no such goal on this growth plan.",
                refusal(server.send("POST", "/pages/200/goals/nope/progress", "mia", PROGRESS)));
        assertEquals("404: This space has no growth plan.",
                refusal(server.send("POST", "/pages/900/goals/g-speak/progress", "mia", PROGRESS)));
        assertEquals("404: Not found, or you do not have permission to see it.",
                refusal(server.send("POST", "/pages/4711/goals/g-speak/progress", "mia", PROGRESS)));
        assertEquals("400: The request needs a JSON body.",
                refusal(server.send("POST", "/pages/200/goals/g-speak/progress", "mia", "null")));
        assertEquals(before, updates());
    }

    @Test
    @NonTransactional
    public void shouldLetOnlyThePlansMentorAgreeToAGoal() throws Exception {
        givenTwoGoals();
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String user : List.of("vera", "eddie", "sam", "mia")) {
            outcomes.put(user, refusal(server.send("POST", "/pages/100/goals/g-speak/agreement", user, "{}")));
        }
        assertEquals(Map.of("vera", "403: You do not have permission to do this.", "eddie",
                "403: You do not have permission to do this.", "sam", "403: You do not have permission to do this.", "mia",
                "403: You do not have permission to do this."), outcomes);
        assertEquals(0, ao.count(MentorAgreementEntity.class, Query.select()));

        Reply agreed = server.send("POST", "/pages/100/goals/g-speak/agreement", "max", "{}");

        assertEquals(agreed.body(), 200, agreed.status());
        assertEquals("agreed", agreed.json().get("agreement").asText());
        assertEquals("Agreed by Max Mentor on 16 Mar 2026.", Html.text(agreed.json().get("html").asText(), ".mentoring-agreement"));
        assertEquals("One talk", stored("g-speak").latestAgreement().targetText());
        assertEquals("404: There is no such goal on this growth plan.",
                refusal(server.send("POST", "/pages/100/goals/nope/agreement", "max", "{}")));
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryKindOfUserExactlyAsItMay() throws Exception {
        givenTwoGoals();
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (String user : USERS) {
            matrix.put(String.valueOf(user), List.of(
                    refusal(server.get("/pages/100/goals", user)),
                    refusal(server.get("/pages/100/goals/g-speak", user)),
                    refusal(server.send("POST", "/pages/200/goals/g-lead/progress", user, "{\"percent\": 5, \"status\": \"in-progress\"}")),
                    refusal(server.send("POST", "/pages/100/goals/g-lead/agreement", user, "{}"))));
        }
        String login = "401: You need to log in to do this.";
        String none = "404: Not found, or you do not have permission to see it.";
        String forbidden = "403: You do not have permission to do this.";
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("null", List.of(login, login, login, login));
        expected.put("olga", List.of(none, none, none, none));
        expected.put("ada", List.of(none, none, none, none));
        expected.put("vera", List.of("200", "200", forbidden, forbidden));
        expected.put("eddie", List.of("200", "200", "200", forbidden));
        expected.put("sam", List.of("200", "200", "200", forbidden));
        expected.put("mia", List.of("200", "200", "200", forbidden));
        expected.put("max", List.of("200", "200", "200", "200"));
        assertEquals(expected, matrix);
    }

    @Test
    @NonTransactional
    public void shouldShowAnonymousUsersTheGoalsOfASpaceOpenToThemButLetThemChangeNothing() throws Exception {
        givenTwoGoals();
        confluence.anonymousAccess(true);
        confluence.grantAnonymous("MENT", SpacePermission.VIEWSPACE_PERMISSION);

        Reply read = server.get("/pages/100/goals/g-speak", null);

        assertEquals(200, read.status());
        assertEquals(0, Html.parse(read.json().get("html").asText()).select("form, button").size());
        assertEquals("401: You need to log in to do this.", refusal(server.send("POST", "/pages/100/goals/g-speak/progress", null, PROGRESS)));
    }

    @Test
    @NonTransactional
    public void shouldChangeNothingOnRead() throws Exception {
        givenTwoGoals();

        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertEquals(200, server.get("/pages/100/goals", "mia").status());
            assertEquals(200, server.get("/pages/100/goals/g-speak", "mia").status());
            assertTrue(recording.statements().toString(),
                    recording.statements().stream().allMatch(sql -> sql.strip().toUpperCase().startsWith("SELECT")));
        }
        assertEquals(405, server.get("/pages/100/goals/g-speak/progress", "mia").status());
    }
}
