package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import io.mentoringspaces.testsupport.RestServer;
import java.util.List;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** POST /spaces/{spaceKey}/index/rebuild over real HTTP, on committed data. */
public class IndexResourceTest extends DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private RestServer server;
    private GrowthPlan plan;

    @Before
    public void givenAMentoringSpaceWithPages() throws Exception {
        plan = givenPlan("MENT");
        confluence.space("MENT", "Mentoring");
        confluence.space("TEAM", "Team");
        confluence.user("mia", "Mia Mentee");
        confluence.user("vera", "Vera Viewer");
        confluence.user("sam", "Sam Stranger");
        confluence.user("ada", "Ada Admin");
        confluence.spaceAdmin("MENT", "mia");
        confluence.viewer("MENT", "vera");
        confluence.admin("ada");
        Page meeting = confluence.page(101L, "MENT", "2026-03-09 Mentoring meeting", "<p/>");
        meeting.getLabels().add(new Label("mentoring-meeting"));
        Page growthPlan = confluence.page(200L, "MENT", "Growth plan", Fixtures.read("storage/well-formed.xml"));
        growthPlan.getLabels().add(new Label("mentoring-growth-plan"));
        when(confluence.pageManager().getPages(any(Space.class), anyBoolean())).thenReturn(List.of(meeting, growthPlan));
        meetings.link(plan.id(), 999L, TODAY, "2026-03-16 Purged meeting");
        PageIndexer indexer = new PageIndexer(plans, goals, meetings, checklists, confluence.pageManager(), confluence.spaceManager());
        AccessService access = new AccessService(confluence.permissionManager(), confluence.spaceManager(),
                confluence.pageManager(), confluence.userManager());
        server = new RestServer(confluence, access, indexer, new RestResponses(confluence.i18n()));
    }

    @After
    public void stop() {
        server.close();
        CommittedRows.deleteAll(ao);
    }

    private RestServer.Reply rebuild(String spaceKey, String user) throws Exception {
        return server.send("POST", "/spaces/" + spaceKey + "/index/rebuild", user, "{}");
    }

    @Test
    @NonTransactional
    public void shouldRebuildForTheSpaceAdministratorTheSameRowsTwice() throws Exception {
        RestServer.Reply first = rebuild("MENT", "mia");
        List<MeetingLink> links = meetings.meetings(plan.id());
        RestServer.Reply second = rebuild("MENT", "mia");

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
        RestServer.Reply anonymous = rebuild("MENT", null);
        RestServer.Reply viewer = rebuild("MENT", "vera");
        RestServer.Reply stranger = rebuild("MENT", "sam");

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
