package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.rest.RestTestBase;
import io.mentoringspaces.testsupport.Html;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What people write follows the visibility of the page they wrote it on. Meeting page 201 is restricted
 * so that {@code rita}, an editor of the space who views every other page of the plan, may not view
 * it, and neither may {@code carol}, a coordinator of the plan's programme who views the space. Every
 * macro, every REST answer about the plan, the programme's CSV and every coordinator output is asked
 * for by every kind of user: the note recorded on page 201 and the page's title reach only the users
 * who may view page 201; to {@code rita} the update shows its figures and where it was recorded.
 */
public class PageVisibilityMatrixTest extends RestTestBase {

    private static final long RESTRICTED_MEETING = 201;
    private static final long REPORT_PAGE = 700;
    /** A word of the note recorded on page 201 and of that page's title. */
    private static final String WRITTEN_ON_201 = "reorganisation";
    private static final String NOTE_ON_201 = "Told Max about the reorganisation";
    private static final String RESTRICTED = "Recorded on a page you cannot view";
    private static final String RESTRICTED_MEETING_TITLE = "Restricted page";
    /** Users of the matrices: those of the other permission matrices, then rita and carol. */
    private static final List<String> MATRIX_USERS = Arrays.asList(null, "olga", "ada", "vera", "eddie", "sam", "mia",
            "max", "rita", "carol");

    private static final String GOAL = Storage.macro("mentoring-goal", Map.of("goalKey", "g-speak", "title", "Speak at a meetup"),
            "<p>Steps</p>");
    private static final String CHECKLIST = checklistMacro(null, "<ul><li>Write the plan</li></ul>");

    @Before
    public void givenAnUpdateOnAMeetingPageRitaAndCarolMayNotView() {
        confluence.user("rita", "Rita Restricted");
        confluence.editor(SPACE, "rita");
        confluence.user("carol", "Carol Coordinator");
        confluence.group("grad-coordinators", "carol");
        confluence.viewer(SPACE, "carol");
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 9));
        String title = "2026-03-02 Mentoring meeting about the " + WRITTEN_ON_201;
        confluence.page(RESTRICTED_MEETING, SPACE, null, title, "");
        meetings.link(plan.id(), RESTRICTED_MEETING, LocalDate.of(2026, 3, 2), title);
        confluence.restrictView(RESTRICTED_MEETING, Set.of("mia", "max", "eddie", "sam", "vera"), Set.of());
        givenGoal("g-speak", "Speak at a meetup", "One talk", null, GoalStatus.IN_PROGRESS);
        goals.recordProgress(plan.id(), "g-speak", 30, GoalStatus.IN_PROGRESS, "Abstract drafted", "key-mia", MEETING_PAGE);
        goals.recordProgress(plan.id(), "g-speak", 40, GoalStatus.IN_PROGRESS, NOTE_ON_201, "key-max", RESTRICTED_MEETING);
        givenPageBody(GROWTH_PLAN_PAGE, GOAL + CHECKLIST + Storage.macro("mentoring-meetings", Map.of(), null));
        givenPageBody(MEETING_PAGE, Storage.macro("mentoring-goal-progress", Map.of(), null));
        confluence.space("COORD", "Coordination");
        confluence.page(REPORT_PAGE, "COORD", null, "Programme report",
                Storage.macro("mentoring-programme-report", Map.of("programme", "grad"), null));
    }

    /** The page as the user sees it in view mode. */
    private String rendered(long pageId, String user) {
        confluence.loginAs(user);
        try {
            return confluence.render(pageId, OutputType.DISPLAY, DeviceType.DESKTOP);
        } finally {
            confluence.loginAs(null);
        }
    }

    /** The page holding only {@code storage}, as the user sees it; the page's body is put back afterwards. */
    private String renderedAlone(long pageId, String storage, String user) {
        String body = confluence.page(pageId).getBodyAsString();
        givenPageBody(pageId, storage);
        try {
            return rendered(pageId, user);
        } finally {
            givenPageBody(pageId, body);
        }
    }

    /**
     * What a user gets of what was written on page 201: {@code written} when its note or title shows,
     * {@code figures only} when the output says instead that it was recorded on (or is) a page the
     * user may not view, {@code -} when it shows neither (a refusal, or an output without them).
     */
    private static String outcome(String output) {
        if (output.contains(WRITTEN_ON_201)) {
            return "written";
        }
        return output.contains(RESTRICTED) || output.contains(RESTRICTED_MEETING_TITLE) ? "figures only" : "-";
    }

    private interface Output {
        String of(String user) throws Exception;
    }

    /** Every output about the plan or its programme, by name. */
    private Map<String, Output> outputs() {
        WebServer.Requests rest = server;
        Map<String, Output> outputs = new LinkedHashMap<>();
        outputs.put("goal macro", user -> renderedAlone(GROWTH_PLAN_PAGE, GOAL, user));
        outputs.put("goal progress macro", user -> rendered(MEETING_PAGE, user));
        outputs.put("checklist macro", user -> renderedAlone(GROWTH_PLAN_PAGE, CHECKLIST, user));
        outputs.put("meetings macro", user -> renderedAlone(GROWTH_PLAN_PAGE, Storage.macro("mentoring-meetings", Map.of(), null), user));
        outputs.put("programme report macro", user -> rendered(REPORT_PAGE, user));
        outputs.put("GET goals", user -> rest.get("/pages/100/goals", user).body());
        outputs.put("GET goal", user -> rest.get("/pages/100/goals/g-speak", user).body());
        outputs.put("GET goals of a meeting page", user -> rest.get("/pages/200/goals", user).body());
        outputs.put("GET checklist", user -> rest.get("/pages/100/checklists/mentee", user).body());
        outputs.put("GET meetings", user -> rest.get("/spaces/MENT/meetings", user).body());
        outputs.put("GET calendar", user -> rest.get("/spaces/MENT/calendar", user).body());
        outputs.put("GET meeting defaults", user -> rest.get("/blueprints/meeting/defaults?spaceKey=MENT", user).body());
        outputs.put("GET programmes", user -> rest.get("/programmes", user).body());
        outputs.put("GET programme", user -> rest.get("/programmes/grad", user).body());
        outputs.put("GET summary", user -> rest.get("/programmes/grad/summary", user).body());
        outputs.put("GET pairs", user -> rest.get("/programmes/grad/pairs", user).body());
        outputs.put("GET pairs CSV", user -> rest.get("/programmes/grad/pairs.csv", user).body());
        outputs.put("coordinator view", user -> site.get("/plugins/servlet/mentoring/coordinator", user).body());
        outputs.put("coordinator programme page", user -> site.get("/plugins/servlet/mentoring/coordinator/grad", user).body());
        outputs.put("programme administration", user -> site.get("/plugins/servlet/mentoring/programmes", user).body());
        return outputs;
    }

    @Test
    @NonTransactional
    public void shouldShowWhatWasWrittenOnAMeetingPageOnlyToUsersWhoMayViewThatPage() throws Exception {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        for (Map.Entry<String, Output> output : outputs().entrySet()) {
            List<String> outcomes = new ArrayList<>();
            for (String user : MATRIX_USERS) {
                outcomes.add(outcome(output.getValue().of(user)));
            }
            matrix.put(output.getKey(), outcomes);
        }

        // anonymous, olga, ada, vera, eddie, sam, mia, max, rita, carol
        List<String> byPageView = List.of("-", "-", "-", "written", "written", "written", "written", "written", "figures only",
                "figures only");
        List<String> nothing = List.of("-", "-", "-", "-", "-", "-", "-", "-", "-", "-");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("goal macro", byPageView);
        expected.put("goal progress macro", byPageView);
        expected.put("checklist macro", nothing);
        expected.put("meetings macro", byPageView);
        expected.put("programme report macro", nothing);
        expected.put("GET goals", byPageView);
        expected.put("GET goal", byPageView);
        expected.put("GET goals of a meeting page", byPageView);
        expected.put("GET checklist", nothing);
        expected.put("GET meetings", byPageView);
        // The pair's own file: mia and max view page 201; nobody else gets the file.
        expected.put("GET calendar", List.of("-", "-", "-", "-", "-", "-", "written", "written", "-", "-"));
        for (String coordinatorOutput : List.of("GET meeting defaults", "GET programmes", "GET programme", "GET summary", "GET pairs",
                "GET pairs CSV", "coordinator view", "coordinator programme page", "programme administration")) {
            expected.put(coordinatorOutput, nothing);
        }
        assertEquals(expected, matrix);
    }

    @Test
    @NonTransactional
    public void shouldShowTheUpdateOnlyByItsFiguresAndWhereItWasRecorded() throws Exception {
        String rita = rendered(MEETING_PAGE, "rita");
        String mia = rendered(MEETING_PAGE, "mia");

        assertEquals(List.of("16 Mar 2026 40% · In progress " + RESTRICTED,
                "16 Mar 2026 30% · In progress Mia Mentee in 2026-03-09 Mentoring meeting Abstract drafted"),
                Html.texts(rita, ".mentoring-history li"));
        assertEquals(List.of("16 Mar 2026 40% · In progress Max Mentor in 2026-03-02 Mentoring meeting about the reorganisation "
                + NOTE_ON_201, "16 Mar 2026 30% · In progress Mia Mentee in 2026-03-09 Mentoring meeting Abstract drafted"),
                Html.texts(mia, ".mentoring-history li"));
    }

    @Test
    @NonTransactional
    public void shouldAnswerAChangeWithoutWhatWasWrittenOnAPageTheUserMayNotView() throws Exception {
        WebServer.Reply reply = server.send("POST", "/pages/200/goals/g-speak/progress", "rita",
                "{\"percent\": 50, \"status\": \"in-progress\", \"note\": \"Rehearsed\"}");

        assertEquals(reply.body(), 200, reply.status());
        String html = reply.json().get("html").asText();
        assertFalse(html, html.contains(WRITTEN_ON_201));
        assertEquals(List.of("16 Mar 2026 50% · In progress Rita Restricted in 2026-03-09 Mentoring meeting Rehearsed",
                "16 Mar 2026 40% · In progress " + RESTRICTED,
                "16 Mar 2026 30% · In progress Mia Mentee in 2026-03-09 Mentoring meeting Abstract drafted"),
                Html.texts(html, ".mentoring-history li"));
        assertEquals(NOTE_ON_201, goals.currentGoalsWithProgress(plan.id(), 3).get(0).recentUpdates().get(1).note());
    }
}
