package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.GeneratedProgramme;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import io.mentoringspaces.testsupport.StatementCounter;
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * One page of a programme's pairs takes the same small number of SQL statements (counted by the
 * counting JDBC proxy) for 10 pairs and for 1,000 pairs with 50,000 meeting links: the programmes
 * of the user (one statement) and the programme's plan rows (one streamed statement). The page's
 * charts (pairs by status, meetings held per month) add none: they are drawn from the same plan rows,
 * which carry each pair's meeting dates, and a closed pair's figures of the day it closed come from its
 * row too. The app runs in the test Confluence, served over HTTP.
 */
public class PairsStatementBudgetTest extends DatabaseTest {

    /** What the issue allows for one page. */
    private static final int BUDGET = 6;
    /** What a page takes: the programmes visible to the user, then the programme's plan rows. */
    private static final int MEASURED = 2;

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests rest;
    private WebServer.Requests servlets;

    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        Programme small = givenProgramme("small");
        Programme large = givenProgramme("large");
        GeneratedProgramme.seed(ao, small.id(), "S", 10, 500, TODAY);
        GeneratedProgramme.seed(ao, large.id(), "L", 1000, 50_000, TODAY);
        assertEquals(50_500, ao.count(MeetingLinkEntity.class, Query.select()));
        ProgrammeRows.givenClosed(ao, "S0", TODAY.minusWeeks(1).toString());
        ProgrammeRows.givenClosed(ao, "L0", TODAY.minusWeeks(1).toString());
        confluence.group("coordinators-small", "carol");
        confluence.group("coordinators-large", "carol");
        web = confluence.serve();
        rest = web.rest();
        servlets = web.site();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    private static int statements(ThrowingRunnable request) throws Exception {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            request.run();
            return recording.count();
        }
    }

    @Test
    @NonTransactional
    public void shouldReadAPageOfPairsInTheSameFewStatementsFor10And1000Pairs() throws Exception {
        for (String key : new String[] {"small", "large"}) {
            for (String query : new String[] {"", "?sort=mentee&order=desc&start=5&limit=100", "?status=stalled&q=mentee",
                    "?status=closed"}) {
                assertEquals(key + query, MEASURED, statements(() -> {
                    WebServer.Reply reply = rest.get("/programmes/" + key + "/pairs" + query, "carol");
                    assertEquals(reply.body(), 200, reply.status());
                }));
                assertEquals(key + query, MEASURED, statements(() -> {
                    WebServer.Reply reply = servlets.get("/plugins/servlet/mentoring/coordinator/" + key + query, "carol");
                    assertEquals(reply.body(), 200, reply.status());
                    assertTrue(reply.body().contains("class=\"mentoring-chart mentoring-chart-stacked\""));
                    assertTrue(reply.body().contains("class=\"mentoring-chart mentoring-chart-bars\""));
                }));
            }
            assertEquals(key, MEASURED, statements(() -> assertEquals(200, rest.get("/programmes/" + key + "/summary", "admin")
                    .status())));
            assertEquals(key, MEASURED, statements(() -> assertEquals(200, rest.get("/programmes/" + key + "/pairs.csv", "carol")
                    .status())));
        }
        assertEquals(MEASURED, statements(() -> assertEquals(200, servlets.get("/plugins/servlet/mentoring/coordinator/", "admin")
                .status())));
        assertTrue(MEASURED <= BUDGET);
        assertEquals(1000, rest.get("/programmes/large/pairs", "carol").json().get("total").asInt());
        assertEquals(1, rest.get("/programmes/large/summary", "carol").json().get("closed").asInt());
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
