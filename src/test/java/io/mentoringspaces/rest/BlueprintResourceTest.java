package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** What the wizards ask the server, over real HTTP, on committed data, the app started in the test Confluence. */
public class BlueprintResourceTest extends DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests server;

    @Before
    public void givenUsersAndASpace() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.space("MENT", "Mentoring");
        confluence.viewer("MENT", "mia");
        web = confluence.serve();
        server = web.rest();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        CommittedRows.deleteAll(ao);
    }

    private Reply check(String user, String json) throws Exception {
        return server.send("POST", "/blueprints/mentoring-space/validation", user, json);
    }

    @Test
    @NonTransactional
    public void shouldOfferTheDefaultProgrammeWhileNoneIsDefined() throws Exception {
        Reply reply = server.get("/blueprints/mentoring-space/options", "mia");

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
        Reply reply = check("mia", "{\"programme\":\"default\",\"mentor\":\"max\",\"objectives\":\"Speak up\\nLearn SQL\"}");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(JSON.readTree("{\"valid\":true,\"startDate\":\"2026-03-16\",\"cadence\":\"weekly\",\"objectives\":2}"), reply.json());
        assertEquals(List.of(), programmes.list(true));
    }

    @Test
    @NonTransactional
    public void shouldRefuseBadFieldsNamingTheField() throws Exception {
        Reply same = check("mia", "{\"programme\":\"default\",\"mentor\":\"mia\"}");
        Reply unknown = check("mia", "{\"programme\":\"default\",\"mentor\":\"nobody\"}");
        Reply date = check("mia", "{\"programme\":\"default\",\"mentor\":\"max\",\"startDate\":\"16.3.2026\"}");
        Reply programme = check("mia", "{\"programme\":\"nope\",\"mentor\":\"max\"}");

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
    public void shouldCheckTheAgreedMeetingArrangementBeforeTheSpaceIsCreated() throws Exception {
        String base = "\"programme\":\"default\",\"mentor\":\"max\"";

        assertEquals(200, check("mia", "{" + base + ",\"meetingTime\":\"16:00\",\"meetingDuration\":\"45\","
                + "\"meetingPlace\":\"https://meet.example.com/mia\"}").status());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Meeting time must be a time of day written as hh:mm, such as "
                + "09:30.\",\"field\":\"meetingTime\"}"), check("mia", "{" + base + ",\"meetingTime\":\"4pm\"}").json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Meeting length (minutes) must be a whole number from 15 to "
                + "480.\",\"field\":\"meetingDuration\"}"), check("mia", "{" + base + ",\"meetingDuration\":\"600\"}").json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"A link in Place or link must be a web address starting with "
                + "http:// or https://.\",\"field\":\"meetingPlace\"}"),
                check("mia", "{" + base + ",\"meetingPlace\":\"javascript:alert(1)\"}").json());
    }

    @Test
    @NonTransactional
    public void shouldFillInTheNextDueMeetingDateForViewersOfTheSpaceOnly() throws Exception {
        GrowthPlan plan = givenPlan("MENT");
        meetings.link(plan.id(), 101L, TODAY.minusDays(2), "2026-03-14 Mentoring meeting");

        Reply viewer = server.get("/blueprints/meeting/defaults?spaceKey=MENT", "mia");
        Reply stranger = server.get("/blueprints/meeting/defaults?spaceKey=MENT", "max");

        assertEquals(JSON.readTree("{\"meetingDate\":\"2026-03-21\"}"), viewer.json());
        assertEquals(404, stranger.status());
        assertEquals(401, server.get("/blueprints/meeting/defaults?spaceKey=MENT", null).status());
    }

    private static String characters(String field) {
        return field + " holds a character that is not allowed: a control character (other than tab or line break) or a "
                + "character that cannot be stored.";
    }

    /** The space wizard's check refuses each class of forbidden character in each field, naming the field, before the space is created. */
    @Test
    @NonTransactional
    public void shouldRefuseEveryForbiddenCharacterInEverySpaceWizardField() throws Exception {
        Map<String, String> labels = Map.of("objectives", "First objectives", "mentor", "Mentor", "mentee", "Mentee",
                "startDate", "Start date", "cadence", "Cadence", "programme", "Programme", "meetingTime", "Meeting time",
                "meetingDuration", "Meeting length (minutes)", "meetingPlace", "Place or link");
        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            for (Map.Entry<String, String> field : labels.entrySet()) {
                Map<String, String> fields = new LinkedHashMap<>(Map.of("programme", "default", "mentor", "max"));
                fields.put(field.getKey(), "max" + bad.getValue());
                StringBuilder body = new StringBuilder();
                fields.forEach((name, value) -> body.append(body.isEmpty() ? "{" : ",").append(ForbiddenCharacters.json(name))
                        .append(':').append(ForbiddenCharacters.json(value)));

                Reply reply = check("mia", body.append('}').toString());

                assertEquals(bad.getKey() + " in " + field.getKey(), JSON.readTree("{\"status\":400,\"message\":"
                        + JSON.writeValueAsString(characters(field.getValue())) + ",\"field\":\"" + field.getKey() + "\"}"),
                        reply.json());
            }
        }
    }

    private Reply checkMeeting(String user, String fields) throws Exception {
        return server.send("POST", "/blueprints/meeting/validation", user, fields);
    }

    /** Issue 10, finding 4: the meeting wizard's impossible date is refused, naming the field, before the page is created. */
    @Test
    @NonTransactional
    public void shouldCheckTheMeetingWizardsFieldsBeforeThePageIsCreated() throws Exception {
        GrowthPlan plan = givenPlan("MENT");
        meetings.link(plan.id(), 101L, TODAY.minusDays(2), "2026-03-14 Mentoring meeting");

        Reply impossible = checkMeeting("mia", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"2026-02-30\"}");
        Reply unreadable = checkMeeting("mia", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"next week\"}");
        Reply aims = checkMeeting("mia", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"2026-03-23\",\"aims\":\"Plan\\u0000\"}");
        Reply good = checkMeeting("mia", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"2026-03-23\",\"aims\":\"Plan\\r\\nAsk\"}");
        Reply blank = checkMeeting("mia", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"\"}");

        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Meeting date: 2026-02-30 is not a day of the calendar.\","
                + "\"field\":\"meetingDate\"}"), impossible.json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":\"Meeting date must be a date written as yyyy-mm-dd.\","
                + "\"field\":\"meetingDate\"}"), unreadable.json());
        assertEquals(JSON.readTree("{\"status\":400,\"message\":" + JSON.writeValueAsString(characters("Aims of the session"))
                + ",\"field\":\"aims\"}"), aims.json());
        assertEquals(JSON.readTree("{\"meetingDate\":\"2026-03-23\"}"), good.json());
        assertEquals(JSON.readTree("{\"meetingDate\":\"2026-03-21\"}"), blank.json());
        assertEquals(404, checkMeeting("max", "{\"spaceKey\":\"MENT\",\"meetingDate\":\"2026-03-23\"}").status());
        assertEquals(401, checkMeeting(null, "{\"spaceKey\":\"MENT\"}").status());
    }
}
