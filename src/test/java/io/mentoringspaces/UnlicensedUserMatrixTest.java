package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.rest.RestTestBase;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.RestEndpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * A user who may not use Confluence (no licence, no application access) but is a member of a
 * programme's coordinator group and administers a mentoring space ({@code una}) is refused by every
 * REST endpoint (found in the REST module, so a new one is covered too), every servlet and the
 * programme report macro, and is shown no header link; her licensed twin with the same groups and
 * permissions ({@code lena}) gets through everywhere, which shows that the refusal is the licence's.
 * Anonymous users still get the app's own login redirect from the servlets.
 */
public class UnlicensedUserMatrixTest extends RestTestBase {

    private static final long REPORT_PAGE = 700;
    private static final String UNLICENSED = "401: You need permission to use Confluence to do this.";

    private String itemKey;

    @Before
    public void givenALicensedAndAnUnlicensedCoordinatorAndSpaceAdministrator() throws Exception {
        confluence.unlicensedUser("una", "Una Unlicensed");
        confluence.user("lena", "Lena Licensed");
        for (String user : List.of("una", "lena")) {
            confluence.group("grad-coordinators", user);
            confluence.spaceAdmin(SPACE, user);
        }
        givenMeeting(MEETING_PAGE, LocalDate.of(2026, 3, 9));
        givenGoal("g-speak", "Speak at a meetup", "One talk", null, GoalStatus.IN_PROGRESS);
        goals.recordProgress(plan.id(), "g-speak", 30, GoalStatus.IN_PROGRESS, "Abstract drafted", "key-mia", MEETING_PAGE);
        givenPageBody(GROWTH_PLAN_PAGE, checklistMacro(null, "<ul><li>Write the plan</li></ul>"));
        List<ChecklistEntry> items = StorageReader.read(confluence.page(GROWTH_PLAN_PAGE).getBodyAsString()).checklist("mentee")
                .orElseThrow();
        itemKey = ChecklistKeys.assign(items, List.of()).get(0);
        confluence.space("COORD", "Coordination");
        confluence.viewer("COORD", "una");
        confluence.viewer("COORD", "lena");
        confluence.page(REPORT_PAGE, "COORD", null, "Programme report",
                Storage.macro("mentoring-programme-report", Map.of("programme", "grad"), null));
    }

    /**
     * "status: message" of each endpoint's answer to the user (a JSON body for changes), by method and
     * path template; the path parameters are this plan's.
     */
    private Map<String, String> restAnswers(String user) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            String path = endpoint.path().replace("{pageId}", Long.toString(GROWTH_PLAN_PAGE)).replace("{checklistId}", "mentee")
                    .replace("{itemKey}", itemKey).replace("{goalKey}", "g-speak").replace("{spaceKey}", SPACE)
                    .replace("{key}", "grad").replace("{sourcePageId}", Long.toString(GROWTH_PLAN_PAGE))
                    .replace("{taskId}", "1").replace("{activityKey}", "a-1").replace("{side}", "mentee");
            Reply reply = "GET".equals(endpoint.httpMethod()) ? server.get(path, user)
                    : server.send(endpoint.httpMethod(), path, user, "{}");
            answers.put(endpoint.name(), refusal(reply));
        }
        return answers;
    }

    private int rows() {
        return ao.count(ProgressUpdateEntity.class, Query.select()) + ao.count(ChecklistTickEntity.class, Query.select())
                + ao.count(MentorAgreementEntity.class, Query.select()) + ao.count(ProgrammeEntity.class, Query.select());
    }

    @Test
    @NonTransactional
    public void shouldRefuseAUserWhoMayNotUseConfluenceAtEveryRestEndpointAndChangeNothing() throws Exception {
        int before = rows();
        Map<String, String> una = restAnswers("una");

        Map<String, String> expected = new TreeMap<>();
        for (String endpoint : List.of("GET /blueprints/meeting/defaults", "GET /my/pairs", "POST /blueprints/meeting/validation",
                "GET /notifications/preferences", "PUT /notifications/preferences",
                "GET /blueprints/mentoring-space/options", "POST /blueprints/mentoring-space/validation",
                "GET /pages/{pageId}/checklists/{checklistId}",
                "PUT /pages/{pageId}/checklists/{checklistId}/items/{itemKey}", "GET /pages/{pageId}/goals",
                "GET /pages/{pageId}/goals/{goalKey}", "POST /pages/{pageId}/goals/{goalKey}/agreement",
                "POST /pages/{pageId}/goals/{goalKey}/progress", "GET /programmes", "POST /programmes", "GET /programmes/{key}",
                "PUT /programmes/{key}", "PUT /programmes/{key}/archived", "GET /programmes/{key}/pairs",
                "GET /programmes/{key}/pairs.csv", "GET /programmes/{key}/summary", "POST /spaces/{spaceKey}/index/rebuild",
                "GET /spaces/{spaceKey}/meetings", "GET /pages/{pageId}/meeting", "POST /pages/{pageId}/meeting/state",
                "GET /pages/{pageId}/meeting/goals", "GET /spaces/{spaceKey}/arrangement", "PUT /spaces/{spaceKey}/arrangement",
                "GET /spaces/{spaceKey}/calendar", "POST /spaces/{spaceKey}/invitation/accept",
                "POST /spaces/{spaceKey}/invitation/decline", "PUT /spaces/{spaceKey}/invitation/mentor",
                "POST /pages/{pageId}/mentorship/close", "POST /pages/{pageId}/mentorship/reopen",
                "GET /pages/{pageId}/action-items", "PUT /pages/{pageId}/action-items/{sourcePageId}/{taskId}",
                "PUT /pages/{pageId}/activities/{activityKey}",
                "GET /pages/{pageId}/feedback", "PUT /pages/{pageId}/feedback/{side}/pulse",
                "PUT /pages/{pageId}/feedback/suggestions/{itemKey}")) {
            expected.put(endpoint, UNLICENSED);
        }
        assertEquals(expected, una);
        assertEquals(before, rows());
        restAnswers("lena").forEach((endpoint, answer) -> assertNotEquals(endpoint, UNLICENSED, answer));
    }

    @Test
    @NonTransactional
    public void shouldGiveAUserWhoMayNotUseConfluenceEveryServletsRefusalPageAndAnonymousUsersTheLogin() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String spec : confluence.app().servlets().keySet()) {
            paths.add(spec.endsWith("/*") ? spec.substring(0, spec.length() - 2) + "/grad" : spec);
        }
        assertEquals(5, paths.size());
        String refusal = site.get("/plugins/servlet/mentoring/coordinator", "olga").body();
        for (String path : paths) {
            Reply una = site.get(path, "una");
            assertEquals(path, 403, una.status());
            assertEquals(path, refusal, una.body());
            assertEquals(path, 200, site.get(path, "lena").status());
            Reply anonymous = site.get(path, null);
            assertEquals(path, 302, anonymous.status());
            assertTrue(anonymous.location(), anonymous.location().contains("/login.action?os_destination="));
        }
    }

    private String report(String user) {
        confluence.loginAs(user);
        try {
            return confluence.render(REPORT_PAGE, OutputType.DISPLAY, DeviceType.DESKTOP);
        } finally {
            confluence.loginAs(null);
        }
    }

    @Test
    @NonTransactional
    public void shouldShowAUserWhoMayNotUseConfluenceNoProgrammeReportAndNoHeaderLink() {
        assertEquals("info: This programme report is shown only to the programme’s coordinators and to Confluence administrators.",
                Html.message(report("una")));
        assertEquals(report("olga"), report("una"));
        assertEquals("Programme report: Graduates", Html.text(report("lena"), "h2"));
        PluginContainer.HeaderLink link = confluence.app().headerLinks().get(0);
        Map<String, Boolean> shown = new TreeMap<>();
        for (String user : List.of("una", "lena")) {
            confluence.loginAs(user);
            shown.put(user, link.condition().shouldDisplay(Map.of()));
        }
        confluence.loginAs(null);
        assertEquals(Map.of("una", false, "lena", true), shown);
    }
}
