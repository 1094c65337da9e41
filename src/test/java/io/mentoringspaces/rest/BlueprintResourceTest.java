package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.UserAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.blueprint.SpaceWizardValidator;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.RestServer;
import java.util.List;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** What the wizards ask the server, over real HTTP, on committed data. */
public class BlueprintResourceTest extends DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private RestServer server;

    @Before
    public void givenUsersAndASpace() throws Exception {
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.space("MENT", "Mentoring");
        confluence.viewer("MENT", "mia");
        UserAccessor users = mock(UserAccessor.class);
        when(users.getUserByName(anyString())).thenAnswer(call -> confluence.user(call.<String>getArgument(0)));
        AccessService access = new AccessService(confluence.permissionManager(), confluence.spaceManager(),
                confluence.pageManager(), confluence.userManager());
        server = new RestServer(confluence, access, programmes, plans, cadence, new SpaceWizardValidator(programmes, users, CLOCK),
                confluence.i18n(), new RestResponses(confluence.i18n()));
    }

    @After
    public void stop() {
        server.close();
        CommittedRows.deleteAll(ao);
    }

    private RestServer.Reply check(String user, String json) throws Exception {
        return server.send("POST", "/blueprints/mentoring-space/validation", user, json);
    }

    @Test
    @NonTransactional
    public void shouldOfferTheDefaultProgrammeWhileNoneIsDefined() throws Exception {
        RestServer.Reply reply = server.get("/blueprints/mentoring-space/options", "mia");

        assertEquals(200, reply.status());
        assertEquals(JSON.readTree("{\"programmes\":[{\"key\":\"default\",\"name\":\"Mentoring programme\",\"defaultCadence\":\"weekly\"}],"
                + "\"today\":\"2026-03-16\",\"mentee\":\"mia\"}"), reply.json());
        assertEquals(List.of(), programmes.list(true));
    }

    @Test
    @NonTransactional
    public void shouldOfferTheActiveProgrammesByName() throws Exception {
        programmes.create(new ProgrammeInput("sales", "Sales", null, null, Cadence.FORTNIGHTLY, CoordinatorAccess.METRICS_ONLY));
        programmes.create(new ProgrammeInput("grad", "Graduates", null, null, Cadence.MONTHLY, CoordinatorAccess.METRICS_ONLY));
        programmes.create(new ProgrammeInput("old", "Alumni", null, null, Cadence.WEEKLY, CoordinatorAccess.METRICS_ONLY));
        programmes.archive("old");

        JsonNode options = server.get("/blueprints/mentoring-space/options", "mia").json().get("programmes");

        assertEquals(JSON.readTree("[{\"key\":\"grad\",\"name\":\"Graduates\",\"defaultCadence\":\"monthly\"},"
                + "{\"key\":\"sales\",\"name\":\"Sales\",\"defaultCadence\":\"fortnightly\"}]"), options);
    }

    @Test
    @NonTransactional
    public void shouldAcceptGoodFieldsWithTheirDefaults() throws Exception {
        RestServer.Reply reply = check("mia", "{\"programme\":\"default\",\"mentor\":\"max\",\"objectives\":\"Speak up\\nLearn SQL\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(JSON.readTree("{\"valid\":true,\"startDate\":\"2026-03-16\",\"cadence\":\"weekly\",\"objectives\":2}"), reply.json());
        assertEquals(List.of(), programmes.list(true));
    }

    @Test
    @NonTransactional
    public void shouldRefuseBadFieldsNamingTheField() throws Exception {
        RestServer.Reply same = check("mia", "{\"programme\":\"default\",\"mentor\":\"mia\"}");
        RestServer.Reply unknown = check("mia", "{\"programme\":\"default\",\"mentor\":\"nobody\"}");
        RestServer.Reply date = check("mia", "{\"programme\":\"default\",\"mentor\":\"max\",\"startDate\":\"16.3.2026\"}");
        RestServer.Reply programme = check("mia", "{\"programme\":\"nope\",\"mentor\":\"max\"}");

        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"The mentor cannot be the mentee.\",\"field\":\"mentor\"}"), same.json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Mentor: there is no such user.\",\"field\":\"mentor\"}"), unknown.json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Start date must be a date written as yyyy-mm-dd.\","
                + "\"field\":\"startDate\"}"), date.json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"There is no such programme.\",\"field\":\"programme\"}"),
                programme.json());
        assertEquals(401, check(null, "{}").status());
    }

    @Test
    @NonTransactional
    public void shouldFillInTheNextDueMeetingDateForViewersOfTheSpaceOnly() throws Exception {
        GrowthPlan plan = givenPlan("MENT");
        meetings.link(plan.id(), 101L, TODAY.minusDays(2), "2026-03-14 Mentoring meeting");

        RestServer.Reply viewer = server.get("/blueprints/meeting/defaults?spaceKey=MENT", "mia");
        RestServer.Reply stranger = server.get("/blueprints/meeting/defaults?spaceKey=MENT", "max");

        assertEquals(JSON.readTree("{\"meetingDate\":\"2026-03-21\"}"), viewer.json());
        assertEquals(404, stranger.status());
        assertEquals(401, server.get("/blueprints/meeting/defaults?spaceKey=MENT", null).status());
    }
}
