package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

/**
 * "My mentoring": {@code GET /my/pairs} and the page {@code /plugins/servlet/mentoring/my} list the pairs
 * the user is mentee or mentor of, with the same figures. Max mentors Mia (space {@code MENT}: two held
 * meetings, a planned one and a trashed one, goals agreed, not agreed and agreed to an older target) and
 * Eddie (space {@code EDDIE}: no meeting since the start, stalled); he also mentors Vera in a space he may
 * not view and Sam in an archived plan, which are left out.
 */
public class MyMentoringTest extends RestTestBase {

    private static final String PAGE = "/plugins/servlet/mentoring/my";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Before
    public void givenAMentorWithSeveralMentees() {
        confluence.space("EDDIE", "Eddie\u2019s mentoring");
        confluence.editor("EDDIE", "eddie");
        confluence.editor("EDDIE", "max");
        PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("EDDIE", "grad", "key-eddie", "Eddie Editor", "key-max",
                "Max Mentor", LocalDate.of(2026, 1, 5), Cadence.WEEKLY)));
        confluence.space("GONE", "Vera\u2019s mentoring");
        confluence.editor("GONE", "vera");
        PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("GONE", "grad", "key-vera", "Vera Viewer", "key-max",
                "Max Mentor", LocalDate.of(2026, 1, 5), Cadence.WEEKLY)));
        confluence.space("OLD", "Sam\u2019s mentoring");
        confluence.editor("OLD", "sam");
        confluence.editor("OLD", "max");
        GrowthPlan ended = plans.create(new NewPlan("OLD", "grad", "key-sam", "Sam Spaceadmin", "key-max", "Max Mentor",
                LocalDate.of(2025, 6, 2), Cadence.MONTHLY));
        plans.archive(ended.id());

        givenMeeting(200, LocalDate.of(2026, 3, 2));
        givenMeeting(201, LocalDate.of(2026, 3, 9));
        givenMeeting(202, LocalDate.of(2026, 3, 23));
        givenMeeting(203, LocalDate.of(2026, 2, 23));
        tasks(200, new PageTask("1", false, "Send the article", "key-max", null),
                new PageTask("2", false, "Introduce Mia to Ben", "key-max", LocalDate.of(2026, 3, 20)),
                new PageTask("3", true, "Book the room", "key-max", null),
                new PageTask("4", false, "Draft the talk", "key-mia", null));
        tasks(201, new PageTask("1", false, "Review the draft", "key-max", null));
        tasks(202, new PageTask("1", false, "Bring the slides", "key-max", null));
        tasks(203, new PageTask("1", false, "Forgotten", "key-max", null));
        meetings.trash(203);
        FeedbackService feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        feedback.setPulse(200, FeedbackSide.MENTEE, 4, "key-mia");
        feedback.setPulse(200, FeedbackSide.MENTOR, 5, "key-max");
        feedback.setPulse(201, FeedbackSide.MENTEE, 3, "key-mia");

        List<GoalDefinition> goals = new ArrayList<>(List.of(goal("g-a", "Ten talks"), goal("g-b", "One course"),
                goal("g-c", "Lead a project"), new GoalDefinition("g-d", "Goal g-d", "Dropped", null, GoalStatus.DROPPED)));
        this.goals.replaceGoalIndex(plan.id(), goals);
        this.goals.recordAgreement(plan.id(), "g-a", "key-max");
        this.goals.recordAgreement(plan.id(), "g-c", "key-max");
        goals.set(2, goal("g-c", "Lead two projects"));
        this.goals.replaceGoalIndex(plan.id(), goals);
    }

    private static GoalDefinition goal(String key, String target) {
        return new GoalDefinition(key, "Goal " + key, target, null, GoalStatus.IN_PROGRESS);
    }

    private void tasks(long pageId, PageTask... tasks) {
        meetings.syncPage(pageId, new MeetingPageContent(false, Instant.parse("2026-03-01T10:00:00Z"), List.of(tasks), Map.of(),
                List.of()));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    @NonTransactional
    public void shouldListAPairWhoseMentorIsInvitedAsInvitedAndNeverOverdueAfterTheActivePairs() throws Exception {
        confluence.space("NEW", "Eddie’s second mentoring");
        confluence.editor("NEW", "max");
        plans.create(new NewPlan("NEW", "grad", "key-eddie", "Eddie Editor", "key-max", "Max Mentor", LocalDate.of(2026, 1, 5),
                Cadence.WEEKLY));

        JsonNode pairs = server.get("/my/pairs", "max").json().get("pairs");

        assertEquals(List.of("EDDIE", "MENT", "NEW"), List.of(pairs.get(0).get("spaceKey").asText(),
                pairs.get(1).get("spaceKey").asText(), pairs.get(2).get("spaceKey").asText()));
        assertEquals("invited", pairs.get(2).get("status").asText());
        assertEquals(false, pairs.get(2).get("overdue").asBoolean());
        assertEquals(false, pairs.get(2).get("stalled").asBoolean());
    }

    /**
     * Sam's pair with Max, space {@code DONE}: a meeting held on 12 January with both pulses, a goal Max has
     * not agreed to and an open action item of each, closed on 2 February (stalled and overdue by then).
     */
    private void givenAClosedPair() {
        confluence.space("DONE", "Sam\u2019s closed mentoring");
        confluence.editor("DONE", "sam");
        confluence.editor("DONE", "max");
        GrowthPlan done = PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("DONE", "grad", "key-sam",
                "Sam Spaceadmin", "key-max", "Max Mentor", LocalDate.of(2026, 1, 5), Cadence.WEEKLY)));
        givenHeldMeeting(done, 300, LocalDate.of(2026, 1, 12), "2026-01-12 Mentoring meeting");
        FeedbackService feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        feedback.setPulse(300, FeedbackSide.MENTEE, 4, "key-sam");
        feedback.setPulse(300, FeedbackSide.MENTOR, 5, "key-max");
        tasks(300, new PageTask("1", false, "Write it up", "key-max", null), new PageTask("2", false, "Thank Max", "key-sam", null));
        goals.replaceGoalIndex(done.id(), List.of(goal("g-x", "Speak twice")));
        givenClosed(done, LocalDate.of(2026, 2, 2), 301);
    }

    @Test
    @NonTransactional
    public void shouldListAClosedPairLastAsClosedOnItsDayWithNothingDueOrWaiting() throws Exception {
        givenAClosedPair();
        confluence.space("NEW", "Eddie\u2019s second mentoring");
        confluence.editor("NEW", "max");
        plans.create(new NewPlan("NEW", "grad", "key-eddie", "Eddie Editor", "key-max", "Max Mentor", LocalDate.of(2026, 1, 5),
                Cadence.WEEKLY));

        JsonNode pairs = server.get("/my/pairs", "max").json().get("pairs");
        JsonNode sam = server.get("/my/pairs", "sam").json().get("pairs");

        assertEquals(List.of("EDDIE", "MENT", "NEW", "DONE"), spaces(server.get("/my/pairs", "max")));
        assertEquals(json("{'spaceKey': 'DONE', 'spaceName': 'Sam\u2019s closed mentoring', 'role': 'mentor',"
                + " 'partnerName': 'Sam Spaceadmin', 'startDate': '2026-01-05', 'cadence': 'weekly', 'overdue': false,"
                + " 'stalled': false, 'status': 'closed', 'closedOn': '2026-02-02', 'lastMeeting': '2026-01-12',"
                + " 'goalsAwaitingAgreement': 0, 'openActionItems': 0, 'openActionItemPages': [],"
                + " 'lastPulse': {'meetingDate': '2026-01-12', 'mentee': 4, 'mentor': 5}}"), pairs.get(3));
        assertEquals(1, sam.size());
        assertEquals(0, sam.get(0).get("openActionItems").asInt());
        assertTrue(sam.get(0).toString(), !sam.get(0).has("nextDue") && !sam.get(0).has("goalsAwaitingAgreement"));
    }

    @Test
    @NonTransactional
    public void shouldShowAClosedPairOnThePageAsClosedOnItsDay() throws Exception {
        givenAClosedPair();

        Document page = Jsoup.parse(site.get(PAGE, "max").body());

        assertEquals(List.of("Sam\u2019s closed mentoring", "Mentor", "Sam Spaceadmin", "Closed on 2 Feb 2026", "Closed", "0", "0",
                "Mentee: 4 of 5; mentor: 5 of 5 (12 Jan 2026)"), rows(page).get(2));
        assertEquals("aui-lozenge aui-lozenge-new", page.select("table.mentoring-my-table tbody tr").get(2).selectFirst("td span")
                .className());
        assertTrue(page.select("table.mentoring-my-table tbody tr").get(2).select(".mentoring-my-items, .aui-lozenge-moved").isEmpty());
    }

    @Test
    @NonTransactional
    public void shouldListTheMentorsPairsMostUrgentFirstWithWhatWaitsForHim() throws Exception {
        Reply reply = server.get("/my/pairs", "max");

        assertEquals(200, reply.status());
        assertEquals(json("{'pairs': ["
                + "{'spaceKey': 'EDDIE', 'spaceName': 'Eddie\u2019s mentoring', 'role': 'mentor', 'partnerName': 'Eddie Editor',"
                + " 'startDate': '2026-01-05', 'cadence': 'weekly', 'nextDue': '2026-01-05', 'overdue': true, 'stalled': true,"
                + " 'status': 'stalled', 'goalsAwaitingAgreement': 0, 'openActionItems': 0, 'openActionItemPages': []},"
                + "{'spaceKey': 'MENT', 'spaceName': 'Mia\u2019s mentoring', 'role': 'mentor', 'partnerName': 'Mia Mentee',"
                + " 'startDate': '2026-01-05', 'cadence': 'weekly', 'nextDue': '2026-03-16', 'overdue': false, 'stalled': false,"
                + " 'status': 'at-risk', 'lastMeeting': '2026-03-09', 'goalsAwaitingAgreement': 2, 'openActionItems': 4,"
                + " 'openActionItemPages': [{'pageId': 200, 'meetingDate': '2026-03-02', 'count': 2},"
                + " {'pageId': 201, 'meetingDate': '2026-03-09', 'count': 1}, {'pageId': 202, 'meetingDate': '2026-03-23', 'count': 1}],"
                + " 'lastPulse': {'meetingDate': '2026-03-09', 'mentee': 3}}]}"), reply.json());
    }

    @Test
    @NonTransactional
    public void shouldListTheMenteesPairWithoutGoalsToAgreeAndWithHerOwnItems() throws Exception {
        JsonNode mia = server.get("/my/pairs", "mia").json().get("pairs");

        assertEquals(1, mia.size());
        JsonNode pair = mia.get(0);
        assertEquals("mentee", pair.get("role").asText());
        assertEquals("Max Mentor", pair.get("partnerName").asText());
        assertTrue(pair.toString(), !pair.has("goalsAwaitingAgreement"));
        assertEquals(json("[{'pageId': 200, 'meetingDate': '2026-03-02', 'count': 1}]"), pair.get("openActionItemPages"));
        assertEquals(json("{'meetingDate': '2026-03-09', 'mentee': 3}"), pair.get("lastPulse"));
    }

    @Test
    @NonTransactional
    public void shouldCountTheGoalAgainOnceTheMentorAgreedToItsNewTarget() throws Exception {
        goals.recordAgreement(plan.id(), "g-c", "key-max");
        goals.recordAgreement(plan.id(), "g-b", "key-max");

        JsonNode pairs = server.get("/my/pairs", "max").json().get("pairs");

        assertEquals(0, pairs.get(1).get("goalsAwaitingAgreement").asInt());
    }

    @Test
    @NonTransactional
    public void shouldLeaveOutAPairOnceTheUserMayNotViewItsSpace() throws Exception {
        assertEquals(List.of("GONE"), spaces(server.get("/my/pairs", "vera")));
        confluence.viewer("GONE", "max");
        assertEquals(List.of("EDDIE", "GONE", "MENT"), spaces(server.get("/my/pairs", "max")));
    }

    private static List<String> spaces(Reply reply) {
        List<String> keys = new ArrayList<>();
        reply.json().get("pairs").forEach(pair -> keys.add(pair.get("spaceKey").asText()));
        return keys;
    }

    /** Each user's answer: the refusal, or the spaces of the pairs listed. */
    private Map<String, String> restAnswers() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String user : USERS) {
            Reply reply = server.get("/my/pairs", user);
            answers.put(String.valueOf(user), reply.status() == 200 ? "200 " + spaces(reply) : refusal(reply));
        }
        return answers;
    }

    @Test
    @NonTransactional
    public void shouldGiveEveryUserTheirOwnPairsAndAnonymousUsersA401() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("null", "401: You need to log in to do this.");
        expected.put("olga", "200 []");
        expected.put("ada", "200 []");
        expected.put("vera", "200 [GONE]");
        expected.put("eddie", "200 [EDDIE]");
        expected.put("sam", "200 []");
        expected.put("mia", "200 [MENT]");
        expected.put("max", "200 [EDDIE, MENT]");
        assertEquals(expected, restAnswers());
    }

    private static List<List<String>> rows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : page.select("table.mentoring-my-table tbody tr")) {
            rows.add(row.select("th, td").eachText());
        }
        return rows;
    }

    @Test
    @NonTransactional
    public void shouldShowTheSamePairsOnTheMyMentoringPage() throws Exception {
        Reply reply = site.get(PAGE, "max");

        assertEquals(200, reply.status());
        Document page = Jsoup.parse(reply.body());
        assertEquals("My mentoring", page.select("h1").text());
        assertEquals(List.of("Space", "Your role", "Partner", "Next meeting due", "Status", "Goals awaiting your agreement",
                "Your open action items", "Pulses of the latest meeting"), page.select("table.mentoring-my-table thead th").eachText());
        assertEquals(List.of(
                List.of("Eddie\u2019s mentoring", "Mentor", "Eddie Editor", "5 Jan 2026 Overdue", "Stalled", "0", "0",
                        "No meeting held yet"),
                List.of("Mia\u2019s mentoring", "Mentor", "Mia Mentee", "16 Mar 2026", "At risk", "2",
                        "4 Meeting of 2 Mar 2026: 2 Meeting of 9 Mar 2026: 1 Meeting of 23 Mar 2026: 1",
                        "Mentee: 3 of 5; mentor: not given (9 Mar 2026)")), rows(page));
        assertEquals(List.of("/confluence/display/EDDIE", "/confluence/display/MENT"),
                page.select("table.mentoring-my-table tbody th a").eachAttr("href"));
        assertEquals(List.of("/confluence/pages/viewpage.action?pageId=200", "/confluence/pages/viewpage.action?pageId=201",
                "/confluence/pages/viewpage.action?pageId=202"), page.select("ul.mentoring-my-items a").eachAttr("href"));
        assertEquals("/confluence/plugins/servlet/mentoring/notifications",
                page.select(".mentoring-my-notifications a").attr("href"));
    }

    @Test
    @NonTransactional
    public void shouldSayWhenTheUserHasNoPair() throws Exception {
        Document page = Jsoup.parse(site.get(PAGE, "olga").body());

        assertEquals("You are not mentee or mentor of an active mentoring pair whose space you may view.",
                page.select(".mentoring-my-empty").text());
        assertTrue(page.select("table.mentoring-my-table").isEmpty());
    }

    /** Each user's answer from the page: the login redirect, the refusal, or the spaces of the rows. */
    @Test
    @NonTransactional
    public void shouldShowEveryUserTheirOwnPairsOnThePageAndSendAnonymousUsersToTheLogin() throws Exception {
        confluence.unlicensedUser("una", "Una Unlicensed");
        confluence.editor("EDDIE", "una");
        plans.create(new NewPlan("UNA", "grad", "key-una", "Una Unlicensed", "key-max", "Max Mentor", LocalDate.of(2026, 1, 5),
                Cadence.WEEKLY));
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> users = new ArrayList<>(USERS);
        users.add("una");
        for (String user : users) {
            Reply reply = site.get(PAGE, user);
            Document page = Jsoup.parse(reply.body());
            answers.put(String.valueOf(user), reply.status() == 302 ? "302 " + reply.location().contains("/login.action")
                    : reply.status() + " " + page.select("table.mentoring-my-table tbody th").eachText());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("null", "302 true");
        expected.put("olga", "200 []");
        expected.put("ada", "200 []");
        expected.put("vera", "200 [Vera\u2019s mentoring]");
        expected.put("eddie", "200 [Eddie\u2019s mentoring]");
        expected.put("sam", "200 []");
        expected.put("mia", "200 [Mia\u2019s mentoring]");
        expected.put("max", "200 [Eddie\u2019s mentoring, Mia\u2019s mentoring]");
        expected.put("una", "403 []");
        assertEquals(expected, answers);
    }
}
