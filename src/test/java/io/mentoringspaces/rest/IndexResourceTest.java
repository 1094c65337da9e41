package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** POST /spaces/{spaceKey}/index/rebuild over real HTTP, on committed data, the app started in the test Confluence. */
public class IndexResourceTest extends DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests server;
    private GrowthPlan plan;

    @Before
    public void givenAMentoringSpaceWithPages() throws Exception {
        plan = givenPlan("MENT");
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.space("MENT", "Mentoring");
        confluence.space("TEAM", "Team");
        confluence.user("mia", "Mia Mentee");
        confluence.user("vera", "Vera Viewer");
        confluence.user("sam", "Sam Stranger");
        confluence.user("ada", "Ada Admin");
        confluence.spaceAdmin("MENT", "mia");
        confluence.viewer("MENT", "vera");
        confluence.administrator("ada");
        confluence.page(101L, "MENT", null, "2026-03-09 Mentoring meeting", "<p/>");
        confluence.label(101L, "mentoring-meeting");
        confluence.page(200L, "MENT", null, "Growth plan", Fixtures.read("storage/well-formed.xml"));
        confluence.label(200L, "mentoring-growth-plan");
        meetings.link(plan.id(), 999L, TODAY, "2026-03-16 Purged meeting");
        web = confluence.serve();
        server = web.rest();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        CommittedRows.deleteAll(ao);
    }

    private Reply rebuild(String spaceKey, String user) throws Exception {
        return server.send("POST", "/spaces/" + spaceKey + "/index/rebuild", user, "{}");
    }

    @Test
    @NonTransactional
    public void shouldRebuildForTheSpaceAdministratorTheSameRowsTwice() throws Exception {
        Reply first = rebuild("MENT", "mia");
        List<MeetingLink> links = meetings.meetings(plan.id());
        Reply second = rebuild("MENT", "mia");

        assertEquals(first.body(), 200, first.status());
        assertEquals(JSON.readTree("{\"meetingsLinked\":1,\"meetingsTrashed\":0,\"meetingsUnlinked\":1,\"growthPlanPageId\":200,"
                + "\"goals\":2,\"skippedPages\":[]}"), first.json());
        assertEquals(JSON.readTree("{\"meetingsLinked\":1,\"meetingsTrashed\":0,\"meetingsUnlinked\":0,\"growthPlanPageId\":200,"
                + "\"goals\":2,\"skippedPages\":[]}"), second.json());
        assertEquals(links, meetings.meetings(plan.id()));
        assertEquals(List.of(101L), links.stream().map(MeetingLink::pageId).toList());
    }

    /** A checklist macro in storage format: its id (null: none) and its rich-text body (null: none). */
    private static String checklistMacro(String checklistId, String body) {
        return Storage.macro("mentoring-checklist", checklistId == null ? Map.of() : Map.of("checklistId", checklistId), body);
    }

    /**
     * The space's home page (id 50, before every other page) holds the mentee checklist, one of its
     * items ticked, and a page of notes holds a checklist of two items; then the home page gets a bad
     * checklist beside the mentee checklist.
     */
    private void givenAHomePageThatGetsABadChecklist(String badChecklist) {
        if (confluence.page(50L) == null) {
            confluence.page(50L, "MENT", null, "Mentoring", "");
            confluence.page(300L, "MENT", null, "Notes", checklistMacro("reading",
                    "<ul><li>Read <ac:link><ri:user ri:userkey=\"key-mia\"/></ac:link>\u2019s notes</li><li>Accelerate</li></ul>"));
        }
        checklists.tick(plan.id(), "mentee", DefaultChecklist.entries(), "feedback", true, "key-mia");
        confluence.page(50L).setBodyAsString(checklistMacro(null, null) + badChecklist);
    }

    @Test
    @NonTransactional
    public void shouldSkipAndReportAHomePageWithABadChecklistWhileEveryOtherPageIsApplied() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("invalid checklist id", checklistMacro("not an id", "<p>Item</p>"));
        bad.put("201 items", checklistMacro("long", "<ul>" + "<li>Item</li>".repeat(201) + "</ul>"));
        bad.put("not well-formed", checklistMacro("broken", "<ul><li>Unclosed</ul>"));
        for (Map.Entry<String, String> badChecklist : bad.entrySet()) {
            givenAHomePageThatGetsABadChecklist(badChecklist.getValue());

            Reply reply = rebuild("MENT", "mia");

            String what = badChecklist.getKey();
            assertEquals(what + ": " + reply.body(), 200, reply.status());
            assertEquals(what, JSON.readTree("[50]"), reply.json().get("skippedPages"));
            assertEquals(what, 1, reply.json().get("meetingsLinked").asInt());
            assertEquals(what, 2, reply.json().get("goals").asInt());
            assertEquals(what, List.of(101L), meetings.meetings(plan.id()).stream().map(MeetingLink::pageId).toList());
            assertEquals(what, 2, checklists.read(plan.id(), "reading").items().size());
            assertEquals(what, new PlanFigures(2, 0, 0, 10 + 2, 1, List.of(LocalDate.of(2026, 3, 9))), plans.getBySpaceKey("MENT").figures());
            assertEquals(what, Set.of("mentee", "reading"), checklists.readAll(plan.id()).keySet());
            CommittedRows.deleteAll(ao);
            plan = givenPlan("MENT");
        }
    }

    @Test
    @NonTransactional
    public void shouldLetAConfluenceAdministratorRebuildAnySpace() throws Exception {
        assertEquals(200, rebuild("MENT", "ada").status());
    }

    @Test
    @NonTransactional
    public void shouldRefuseEveryoneElseSayingNothingOfTheSpace() throws Exception {
        Reply anonymous = rebuild("MENT", null);
        Reply viewer = rebuild("MENT", "vera");
        Reply stranger = rebuild("MENT", "sam");

        assertEquals(List.of(401, 403, 404), List.of(anonymous.status(), viewer.status(), stranger.status()));
        assertEquals("You do not have permission to do this.", viewer.json().get("message").asText());
        assertEquals("Not found, or you do not have permission to see it.", stranger.json().get("message").asText());
        assertEquals(List.of(TODAY), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    @NonTransactional
    public void shouldAnswer404ForASpaceWithoutPlan() throws Exception {
        JsonNode error = rebuild("TEAM", "ada").json();

        assertEquals(404, error.get("status").asInt());
        assertEquals("spaceKey", error.get("field").asText());
    }
}
