package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The coordinator view and programme administration answer bad input, other methods and unexpected
 * errors with the app's decorated refusal page, never the servlet container's error page.
 */
public class ServletInputTest extends DatabaseTest {

    private static final String VIEW = "/plugins/servlet/mentoring/coordinator";
    private static final String ADMIN = "/plugins/servlet/mentoring/programmes";

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
        ProgrammeRows.givenThreePairs(ao, grad);
        web = confluence.serve();
        server = web.site();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    /** "status title: message" of a decorated refusal page. */
    private static String refusalPage(Reply reply) {
        assertEquals(reply.body(), "text/html;charset=utf-8", reply.contentType().replace(" ", "").toLowerCase());
        Document page = Jsoup.parse(reply.body());
        assertEquals(reply.body(), "atl.general", page.selectFirst("meta[name=decorator]").attr("content"));
        return reply.status() + " " + page.selectFirst("h1").text() + ": " + page.selectFirst(".aui-message").text();
    }

    @Test
    @NonTransactional
    public void shouldAnswerEveryForbiddenCharacterInAParameterWithTheRefusalPageNamingIt() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            if (bad.getKey().contains("surrogate")) {
                continue;
            }
            String q = URLEncoder.encode("Cleo" + bad.getValue(), StandardCharsets.UTF_8);
            actual.add(bad.getKey() + ": " + refusalPage(server.get(VIEW + "/grad?q=" + q, "carol")));
            actual.add(bad.getKey() + ": " + refusalPage(server.get(ADMIN + "?view=" + q, "admin")));
            expected.add(bad.getKey() + ": 400 Cannot show this page: Search text holds a character that is not allowed: a control "
                    + "character (other than tab or line break) or a character that cannot be stored.");
            expected.add(bad.getKey() + ": 400 Cannot show this page: view holds a character that is not allowed: a control "
                    + "character (other than tab or line break) or a character that cannot be stored.");
        }

        assertEquals(expected, actual);
    }

    @Test
    @NonTransactional
    public void shouldAnswerAParameterLongerThanTheLimitWithTheRefusalPage() throws Exception {
        assertEquals("400 Cannot show this page: Search text is longer than 100 characters.",
                refusalPage(server.get(VIEW + "/grad?q=" + "x".repeat(101), "carol")));
        assertEquals("400 Cannot show this page: view is longer than 255 characters.",
                refusalPage(server.get(ADMIN + "?view=" + "x".repeat(256), "admin")));
    }

    @Test
    @NonTransactional
    public void shouldAnswerMethodsThePagesDoNotTakeWithTheRefusalPage() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
            for (String path : List.of(VIEW, VIEW + "/grad", ADMIN)) {
                assertEquals(method + " " + path, "405 Not available this way: This address does not take this HTTP method.",
                        refusalPage(server.send(method, path, "admin", null)));
            }
        }
    }

    @Test
    @NonTransactional
    public void shouldAnswerAnUnexpectedErrorWithTheRefusalPageAndAnErrorIdThatTheLogHas() throws Exception {
        ProgrammeRows.givenPair(ao, grad, "D-SPACE", "Dora", "Dan", "2026-02-30", Cadence.WEEKLY, PlanStatus.ACTIVE, 0, 0, 0,
                0, 0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        Reply reply;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            reply = server.get(VIEW + "/grad", "carol");
        } finally {
            System.setErr(err);
        }

        String page = refusalPage(reply);
        String errorId = page.replaceAll("(?s).*error id ([0-9a-f]{12})\\.$", "$1");
        assertEquals("500 Something went wrong: Something went wrong on the server. Reload and try again; if it keeps happening, "
                + "give your administrator the error id " + errorId + ".", page);
        assertFalse(reply.body().contains("2026-02-30"));
        assertFalse(reply.body().contains("Exception"));
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged, logged.contains("Unexpected error, error id " + errorId));
        assertTrue(logged, logged.contains("DateTimeException: Invalid date 'FEBRUARY 30'"));
    }
}
