package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.util.List;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The programmes REST API over real HTTP on a real database, for every role, the app started in the
 * test Confluence. The server's threads read committed rows, so the tests commit their data and empty
 * the tables afterwards.
 */
public class ProgrammeResourceTest extends DatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORBIDDEN = "{\"status\":403,\"message\":\"You do not have permission to do this.\"}";
    private static final String NOT_FOUND =
            "{\"status\":404,\"message\":\"Not found, or you do not have permission to see it.\"}";
    private static final String LOGIN = "{\"status\":401,\"message\":\"You need to log in to do this.\"}";

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests server;
    private Programme grad;

    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        grad = givenProgramme("grad");
        givenProgramme("other");
        ProgrammeRows.givenPair(ao, grad, "A-SPACE", "Cleo", "Ben", "2026-01-05", Cadence.WEEKLY, PlanStatus.ACTIVE, 0, 1, 10,
                9, 10, "2026-01-05");
        ProgrammeRows.givenPractice(ao, "A-SPACE", new PracticeFigures(1, 1, 2, 1, 4, 3, 2, 1, 0, 9, 2, 0, 0, 3, 1, 2, 1));
        ProgrammeRows.givenPair(ao, grad, "B-SPACE", "anna", "=cmd|' /C calc'!A0", "2026-03-09", Cadence.MONTHLY,
                PlanStatus.ACTIVE, 2, 2, 200, 0, 10, "2026-03-09");
        ProgrammeRows.givenPair(ao, grad, "C-SPACE", "Bert, \"the\" mentee", "ada", "2026-03-02", Cadence.FORTNIGHTLY,
                PlanStatus.ACTIVE, 1, 3, 150, 5, 10);
        confluence.space("B-SPACE", "Anna & Cy");
        confluence.space("A-SPACE", "Cleo's space");
        confluence.viewer("B-SPACE", "carol");
        web = confluence.serve();
        server = web.rest();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    private static void assertJson(String expected, Reply reply) throws Exception {
        assertEquals(reply.body(), JSON.readTree(expected), reply.json());
    }

    private static void assertReply(int status, String expected, Reply reply) throws Exception {
        assertEquals(reply.body(), status, reply.status());
        assertJson(expected, reply);
    }

    private static final List<String> READS = List.of("/programmes", "/programmes/grad", "/programmes/grad/summary",
            "/programmes/grad/pairs", "/programmes/grad/pairs.csv", "/programmes/nope/pairs");

    @Test
    @NonTransactional
    public void shouldAskAnonymousUsersToLogIn() throws Exception {
        for (String path : READS) {
            assertReply(401, LOGIN, server.get(path, null));
        }
        assertReply(401, LOGIN, server.send("POST", "/programmes", null, "{\"key\":\"x\"}"));
        assertReply(401, LOGIN, server.send("PUT", "/programmes/grad", null, "{\"name\":\"x\"}"));
        assertReply(401, LOGIN, server.send("PUT", "/programmes/grad/archived", null, "{\"archived\":true}"));
    }

    @Test
    @NonTransactional
    public void shouldRefuseUsersWhoCoordinateNothingWithoutNamingOrCountingAnything() throws Exception {
        for (String path : READS) {
            assertReply(403, FORBIDDEN, server.get(path, "nina"));
        }
        assertReply(403, FORBIDDEN, server.send("POST", "/programmes", "nina", "{\"key\":\"x\"}"));
        assertReply(403, FORBIDDEN, server.send("PUT", "/programmes/grad", "nina", "{\"description\":\"x\"}"));
        assertReply(403, FORBIDDEN, server.send("PUT", "/programmes/grad/archived", "nina", "{\"archived\":true}"));
    }

    @Test
    @NonTransactional
    public void shouldShowACoordinatorNothingOfAnotherProgramme() throws Exception {
        assertReply(200, "[{\"key\":\"other\",\"name\":\"Programme other\","
                + "\"coordinatorGroup\":\"coordinators-other\",\"defaultCadence\":\"weekly\","
                + "\"coordinatorAccess\":\"metrics-only\",\"archived\":false}]", server.get("/programmes", "olga"));
        for (String path : List.of("/programmes/grad", "/programmes/grad/summary", "/programmes/grad/pairs",
                "/programmes/grad/pairs.csv")) {
            assertReply(404, NOT_FOUND, server.get(path, "olga"));
        }
        assertReply(404, NOT_FOUND, server.send("PUT", "/programmes/grad", "olga", "{\"description\":\"mine now\"}"));
        assertEquals(null, programmes.getByKey("grad").description());
    }

    @Test
    @NonTransactional
    public void shouldShowAnAdministratorEveryProgramme() throws Exception {
        JsonNode list = server.get("/programmes", "admin").json();
        assertEquals(2, list.size());
        assertEquals("grad", list.get(0).get("key").asText());
        assertEquals("other", list.get(1).get("key").asText());
        assertEquals(3, server.get("/programmes/grad/pairs", "admin").json().get("total").asInt());
        assertReply(404, NOT_FOUND, server.get("/programmes/nope/pairs", "admin"));
        assertReply(404, NOT_FOUND, server.get("/programmes/nope", "admin"));
    }

    @Test
    @NonTransactional
    public void shouldGiveTheProgrammesSummary() throws Exception {
        assertReply(200, "{\"programme\":\"grad\",\"pairs\":3,\"active\":3,\"onTrack\":1,\"atRisk\":1,\"stalled\":1,\"invited\":0,"
                + "\"closed\":0,\"closedGoalCompletion\":0,\"goalCompletion\":50,\"meetingsLast30Days\":1,\"checklistCompletion\":46,\"agendaPrepared\":50,"
                + "\"lateCancellations\":50,\"actionItemsDone\":75,\"actionItemsOnTime\":66,\"feedbackMentee\":50,"
                + "\"feedbackMentor\":0,\"pulseMentee\":4.5,\"suggestions\":3,\"suggestionsApplied\":1,\"activities\":2,"
                + "\"activitiesDone\":1}",
                server.get("/programmes/grad/summary", "carol"));
    }

    @Test
    @NonTransactional
    public void shouldGiveAPageOfPairsNamingOnlyViewableSpaces() throws Exception {
        assertReply(200, "{\"total\":3,\"start\":0,\"limit\":2,\"pairs\":["
                + "{\"spaceKey\":\"A-SPACE\",\"menteeName\":\"Cleo\",\"mentorName\":\"Ben\","
                + "\"startDate\":\"2026-01-05\",\"cadence\":\"weekly\",\"goalsAchieved\":0,\"goalsTotal\":1,"
                + "\"averageProgress\":10,\"checklistPercent\":90,\"meetingsHeld\":1,\"meetingsExpected\":11,"
                + "\"lastMeeting\":\"2026-01-05\",\"adherence\":9,\"status\":\"stalled\",\"agendaPrepared\":100,\"cancelled\":2,"
                + "\"lateCancellations\":50,\"actionItems\":4,\"actionItemsDone\":3,\"actionItemsOnTime\":2,\"feedbackMentee\":100,"
                + "\"feedbackMentor\":0,\"pulseMentee\":4.5,\"suggestions\":3,\"suggestionsApplied\":1,\"activities\":2,"
                + "\"activitiesDone\":1},"
                + "{\"spaceKey\":\"B-SPACE\",\"spaceName\":\"Anna & Cy\",\"menteeName\":\"anna\","
                + "\"mentorName\":\"=cmd|' /C calc'!A0\",\"startDate\":\"2026-03-09\",\"cadence\":\"monthly\","
                + "\"goalsAchieved\":2,\"goalsTotal\":2,\"averageProgress\":100,\"checklistPercent\":0,\"meetingsHeld\":1,"
                + "\"meetingsExpected\":1,\"lastMeeting\":\"2026-03-09\",\"adherence\":100,\"status\":\"on-track\","
                + "\"agendaPrepared\":0,\"cancelled\":0,\"lateCancellations\":0,\"actionItems\":0,\"actionItemsDone\":0,"
                + "\"actionItemsOnTime\":0,\"feedbackMentee\":0,\"feedbackMentor\":0,\"suggestions\":0,\"suggestionsApplied\":0,"
                + "\"activities\":0,\"activitiesDone\":0}]}",
                server.get("/programmes/grad/pairs?sort=space&limit=2", "carol"));
        JsonNode filtered = server.get("/programmes/grad/pairs?status=at-risk&q=BERT", "carol").json();
        assertEquals(1, filtered.get("total").asInt());
        assertEquals("C-SPACE", filtered.get("pairs").get(0).get("spaceKey").asText());
        assertFalse(filtered.get("pairs").get(0).has("lastMeeting"));
    }

    @Test
    @NonTransactional
    public void shouldGiveAClosedPairWithTheDayItClosedAndCountTheClosedPairsApart() throws Exception {
        ProgrammeRows.givenPair(ao, grad, "K-SPACE", "Kim", "Kai", "2026-01-05", Cadence.WEEKLY, PlanStatus.ACTIVE, 3, 4, 320, 0, 0,
                "2026-01-05", "2026-02-02");
        ProgrammeRows.givenClosed(ao, "K-SPACE", "2026-02-02");

        JsonNode summary = server.get("/programmes/grad/summary", "carol").json();
        JsonNode closed = server.get("/programmes/grad/pairs?status=closed", "carol").json();
        Reply csv = server.get("/programmes/grad/pairs.csv?status=closed", "carol");

        assertEquals(4, summary.get("pairs").asInt());
        assertEquals(3, summary.get("active").asInt());
        assertEquals(1, summary.get("closed").asInt());
        assertEquals(75, summary.get("closedGoalCompletion").asInt());
        assertEquals(1, closed.get("total").asInt());
        JsonNode pair = closed.get("pairs").get(0);
        assertEquals("closed", pair.get("status").asText());
        assertEquals("2026-02-02", pair.get("closedOn").asText());
        assertEquals(5, pair.get("meetingsExpected").asInt());
        assertEquals(40, pair.get("adherence").asInt());
        assertFalse(server.get("/programmes/grad/pairs?status=stalled", "carol").json().get("pairs").get(0).has("closedOn"));
        assertEquals("K-SPACE,Kim,Kai,2026-01-05,weekly,3,4,80,0,2,5,2026-02-02,40,closed,2026-02-02,0,0,0,0,0,0,0,0,,,0,0,0,0",
                csv.body().split("\r\n")[1]);
    }

    @Test
    @NonTransactional
    public void shouldClampThePageSizeAndRefuseUnknownSortAndStatus() throws Exception {
        JsonNode page = server.get("/programmes/grad/pairs?limit=100000", "carol").json();
        assertEquals(100, page.get("limit").asInt());
        assertEquals(3, page.get("pairs").size());
        assertReply(400, "{\"status\":400,\"message\":\"Unknown sort column. Sort by one of: space, mentee, mentor, start, "
                + "cadence, goals, progress, checklist, meetings, last-meeting, adherence, status.\",\"field\":\"sort\"}",
                server.get("/programmes/grad/pairs?sort=password", "carol"));
        assertReply(400, "{\"status\":400,\"message\":\"Unknown status. Filter by one of: stalled, at-risk, on-track, invited, closed, ended.\","
                + "\"field\":\"status\"}", server.get("/programmes/grad/pairs?status=late", "carol"));
        assertReply(400, "{\"status\":400,\"message\":\"Unknown order. Use one of: asc, desc.\",\"field\":\"order\"}",
                server.get("/programmes/grad/pairs.csv?order=sideways", "carol"));
        assertReply(400, "{\"status\":400,\"message\":\"Start must be a whole number from 0.\",\"field\":\"start\"}",
                server.get("/programmes/grad/pairs?start=-3", "carol"));
    }

    @Test
    @NonTransactional
    public void shouldExportTheFilteredPairsAsCsvSafeForSpreadsheets() throws Exception {
        Reply all = server.get("/programmes/grad/pairs.csv?sort=space", "carol");
        assertEquals(200, all.status());
        assertEquals("text/csv;charset=utf-8", all.contentType().replace(" ", "").toLowerCase());
        assertEquals("\uFEFFSpace,Mentee,Mentor,Start date,Cadence,Goals achieved,Goals,Average progress (%),Checklist (%),"
                + "Meetings held,Meetings expected,Last meeting,Cadence adherence (%),Status,Closed on,Agenda shared a day ahead (%),"
                + "Meetings cancelled,Cancelled at short notice (%),Action items,Action items completed,Completed on time,"
                + "Mentee feedback (%),Mentor feedback (%),Mentee pulse,Mentor pulse,Suggestions,Suggestions applied,"
                + "Development activities,Activities done\r\n"
                + "A-SPACE,Cleo,Ben,2026-01-05,weekly,0,1,10,90,1,11,2026-01-05,9,stalled,,100,2,50,4,3,2,100,0,4.5,,3,1,2,1\r\n"
                + "B-SPACE,anna,'=cmd|' /C calc'!A0,2026-03-09,monthly,2,2,100,0,1,1,2026-03-09,100,on-track,,0,0,0,0,0,0,0,0,,,0,0,0,0\r\n"
                + "C-SPACE,\"Bert, \"\"the\"\" mentee\",ada,2026-03-02,fortnightly,1,3,50,50,0,2,,0,at-risk,,"
                + "0,0,0,0,0,0,0,0,,,0,0,0,0\r\n", all.body());
        Reply filtered = server.get("/programmes/grad/pairs.csv?status=on-track&q=ANN", "carol");
        assertEquals(2, filtered.body().split("\r\n").length);
        assertTrue(filtered.body().contains("\r\nB-SPACE,"));
    }

    @Test
    @NonTransactional
    public void shouldLetAnAdministratorCreateAProgrammeWithAnExistingGroup() throws Exception {
        String body = "{\"key\":\"leaders\",\"name\":\"Leaders\",\"description\":\"Next leaders\","
                + "\"coordinatorGroup\":\"coordinators-grad\",\"defaultCadence\":\"fortnightly\",\"coordinatorAccess\":\"view\"}";
        assertReply(200, "{\"key\":\"leaders\",\"name\":\"Leaders\",\"description\":\"Next leaders\","
                + "\"coordinatorGroup\":\"coordinators-grad\",\"defaultCadence\":\"fortnightly\",\"coordinatorAccess\":\"view\","
                + "\"archived\":false}", server.send("POST", "/programmes", "admin", body));
        assertReply(409, "{\"status\":409,\"message\":\"A programme with the key leaders already exists.\",\"field\":\"key\"}",
                server.send("POST", "/programmes", "admin", body));
        assertReply(403, FORBIDDEN, server.send("POST", "/programmes", "carol", body.replace("leaders", "mine")));
        assertFalse(programmes.findByKey("mine").isPresent());
    }

    @Test
    @NonTransactional
    public void shouldRefuseACoordinatorGroupThatDoesNotExist() throws Exception {
        assertReply(400, "{\"status\":400,\"message\":\"There is no Confluence group named ghosts.\","
                + "\"field\":\"coordinatorGroup\",\"errors\":[{\"field\":\"coordinatorGroup\","
                + "\"message\":\"There is no Confluence group named ghosts.\"}]}", server.send("POST", "/programmes", "admin",
                "{\"key\":\"new\",\"name\":\"New\",\"coordinatorGroup\":\"ghosts\",\"defaultCadence\":\"weekly\"}"));
        assertFalse(programmes.findByKey("new").isPresent());
        assertReply(400, "{\"status\":400,\"message\":\"There is no Confluence group named ghosts.\","
                + "\"field\":\"coordinatorGroup\",\"errors\":[{\"field\":\"coordinatorGroup\","
                + "\"message\":\"There is no Confluence group named ghosts.\"}]}", server.send("PUT", "/programmes/grad", "admin",
                "{\"name\":\"Grad\",\"coordinatorGroup\":\"ghosts\",\"defaultCadence\":\"weekly\"}"));
        assertEquals("coordinators-grad", programmes.getByKey("grad").coordinatorGroup());
        assertReply(400, "{\"status\":400,\"message\":\"Coordinator group is required.\",\"field\":\"coordinatorGroup\","
                + "\"errors\":[{\"field\":\"coordinatorGroup\",\"message\":\"Coordinator group is required.\"}]}",
                server.send("POST", "/programmes", "admin", "{\"key\":\"new\",\"name\":\"New\",\"defaultCadence\":\"weekly\"}"));
        assertReply(400, "{\"status\":400,\"message\":\"Use one of: weekly, fortnightly, monthly.\",\"field\":\"defaultCadence\","
                + "\"errors\":[{\"field\":\"defaultCadence\",\"message\":\"Use one of: weekly, fortnightly, monthly.\"}]}",
                server.send("POST", "/programmes", "admin",
                        "{\"key\":\"new\",\"name\":\"New\",\"coordinatorGroup\":\"coordinators-grad\",\"defaultCadence\":\"daily\"}"));
        assertReply(400, "{\"status\":400,\"message\":\"The request needs a JSON body.\"}",
                server.send("POST", "/programmes", "admin", "null"));
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryRefusedFieldOfANewProgrammeAtOnce() throws Exception {
        assertReply(400, "{\"status\":400,\"message\":\"Use one of: weekly, fortnightly, monthly.\",\"field\":\"defaultCadence\","
                + "\"errors\":[{\"field\":\"defaultCadence\",\"message\":\"Use one of: weekly, fortnightly, monthly.\"},"
                + "{\"field\":\"key\",\"message\":\"The programme key must be 2 to 32 lower-case letters, digits or hyphens, "
                + "starting with a letter.\"},{\"field\":\"name\",\"message\":\"Name is required.\"},"
                + "{\"field\":\"coordinatorGroup\",\"message\":\"There is no Confluence group named ghosts.\"}]}",
                server.send("POST", "/programmes", "admin",
                        "{\"key\":\"Bad Key!\",\"name\":\" \",\"coordinatorGroup\":\"ghosts\",\"defaultCadence\":\"daily\"}"));
        assertReply(400, "{\"status\":400,\"message\":\"A programme with the key grad already exists.\",\"field\":\"key\","
                + "\"errors\":[{\"field\":\"key\",\"message\":\"A programme with the key grad already exists.\"},"
                + "{\"field\":\"coordinatorGroup\",\"message\":\"There is no Confluence group named ghosts.\"}]}",
                server.send("POST", "/programmes", "admin",
                        "{\"key\":\"grad\",\"name\":\"Again\",\"coordinatorGroup\":\"ghosts\",\"defaultCadence\":\"weekly\"}"));
        assertEquals(List.of("grad", "other"), programmes.list(true).stream().map(p -> p.key()).toList());
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryRefusedFieldOfAChangeAtOnce() throws Exception {
        String tooLong = "x".repeat(2001);
        assertReply(400, "{\"status\":400,\"message\":\"Name is required.\",\"field\":\"name\","
                + "\"errors\":[{\"field\":\"name\",\"message\":\"Name is required.\"},"
                + "{\"field\":\"description\",\"message\":\"Description is longer than 2,000 characters.\"},"
                + "{\"field\":\"coordinatorGroup\",\"message\":\"Coordinator group is required.\"}]}",
                server.send("PUT", "/programmes/grad", "admin",
                        "{\"name\":\"\",\"description\":\"" + tooLong + "\",\"defaultCadence\":\"weekly\"}"));
        assertEquals("Programme grad", programmes.getByKey("grad").name());
    }

    @Test
    @NonTransactional
    public void shouldLetAnAdministratorChangeEverythingButTheKey() throws Exception {
        confluence.group("mentoring-office");
        assertReply(200, "{\"key\":\"grad\",\"name\":\"Graduates\",\"description\":\"2026 intake\","
                + "\"coordinatorGroup\":\"mentoring-office\",\"defaultCadence\":\"monthly\",\"coordinatorAccess\":\"view\","
                + "\"archived\":false}", server.send("PUT", "/programmes/grad", "admin",
                "{\"key\":\"ignored\",\"name\":\"Graduates\",\"description\":\"2026 intake\","
                        + "\"coordinatorGroup\":\"mentoring-office\",\"defaultCadence\":\"monthly\",\"coordinatorAccess\":\"view\"}"));
        assertTrue(programmes.findByKey("grad").isPresent());
    }

    @Test
    @NonTransactional
    public void shouldLetACoordinatorChangeOnlyTheDescriptionAndCadence() throws Exception {
        assertReply(200, "{\"key\":\"grad\",\"name\":\"Programme grad\",\"description\":\"Meet often\","
                + "\"coordinatorGroup\":\"coordinators-grad\",\"defaultCadence\":\"fortnightly\","
                + "\"coordinatorAccess\":\"metrics-only\",\"archived\":false}", server.send("PUT", "/programmes/grad", "carol",
                "{\"name\":\"Programme grad\",\"description\":\"Meet often\",\"defaultCadence\":\"fortnightly\"}"));
        assertReply(403, FORBIDDEN, server.send("PUT", "/programmes/grad", "carol",
                "{\"name\":\"Renamed\",\"description\":\"x\",\"defaultCadence\":\"weekly\"}"));
        assertReply(403, FORBIDDEN, server.send("PUT", "/programmes/grad", "carol",
                "{\"coordinatorAccess\":\"view\",\"defaultCadence\":\"weekly\"}"));
        assertReply(403, FORBIDDEN, server.send("PUT", "/programmes/grad/archived", "carol", "{\"archived\":true}"));
        assertEquals("Meet often", programmes.getByKey("grad").description());
        assertFalse(programmes.getByKey("grad").archived());
    }

    @Test
    @NonTransactional
    public void shouldArchiveAndRestoreKeepingThePairs() throws Exception {
        assertTrue(server.send("PUT", "/programmes/grad/archived", "admin", "{\"archived\":true}").json().get("archived")
                .asBoolean());
        assertTrue(programmes.list(false).stream().noneMatch(p -> p.key().equals("grad")));
        assertEquals(3, server.get("/programmes/grad/pairs", "carol").json().get("total").asInt());
        assertFalse(server.send("PUT", "/programmes/grad/archived", "admin", "{\"archived\":false}").json().get("archived")
                .asBoolean());
        assertReply(400, "{\"status\":400,\"message\":\"The request needs a JSON body.\"}",
                server.send("PUT", "/programmes/grad/archived", "admin", "{}"));
    }
}
