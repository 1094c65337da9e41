package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import java.util.List;
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
                + "\"goals\":2}"), first.json());
        assertEquals(JSON.readTree("{\"meetingsLinked\":1,\"meetingsTrashed\":0,\"meetingsUnlinked\":0,\"growthPlanPageId\":200,"
                + "\"goals\":2}"), second.json());
        assertEquals(links, meetings.meetings(plan.id()));
        assertEquals(List.of(101L), links.stream().map(MeetingLink::pageId).toList());
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
