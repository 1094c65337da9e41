package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The coordinator view over real HTTP on a real database, for every role, the app started in the test
 * Confluence. The server's threads read committed rows, so the tests commit their data and empty the
 * tables afterwards.
 */
public class CoordinatorServletTest extends DatabaseTest {

    private static final String VIEW = "/plugins/servlet/mentoring/coordinator";

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests server;

    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        Programme grad = givenProgramme("grad");
        givenProgramme("other");
        ProgrammeRows.givenThreePairs(ao, grad);
        ProgrammeRows.givenPractice(ao, "A-SPACE", new PracticeFigures(1, 1, 2, 1, 4, 3, 2, 1, 0, 9, 2, 0, 0, 3, 1, 2, 1));
        confluence.space("B-SPACE", "Anna & Cy");
        confluence.space("A-SPACE", "Cleo's space");
        confluence.viewer("B-SPACE", "carol");
        web = confluence.serve();
        server = web.site();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    private Document page(String path, String user, int status) throws Exception {
        Reply reply = server.get(path, user);
        assertEquals(reply.body(), status, reply.status());
        assertEquals("text/html;charset=utf-8", reply.contentType().replace(" ", "").toLowerCase());
        return Jsoup.parse(reply.body());
    }

    private static List<List<String>> rows(Document page) {
        return page.select("table.mentoring-pairs tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    @Test
    @NonTransactional
    public void shouldSendAnonymousUsersToTheLoginPageAndBack() throws Exception {
        for (String path : List.of(VIEW, VIEW + "/grad?sort=space", VIEW + "/nope")) {
            Reply reply = server.get(path, null);
            assertEquals(302, reply.status());
            assertEquals(ConfluenceDouble.BASE_URL + ConfluenceDouble.LOGIN_PATH + "?os_destination="
                    + java.net.URLEncoder.encode(server.url(path), java.nio.charset.StandardCharsets.UTF_8), reply.location());
        }
    }

    @Test
    @NonTransactional
    public void shouldRefuseUsersWhoCoordinateNothingWithoutNamingOrCountingAnything() throws Exception {
        for (String path : List.of(VIEW, VIEW + "/grad", VIEW + "/nope", VIEW + "/grad?sort=bogus")) {
            Reply reply = server.get(path, "nina");
            assertEquals(403, reply.status());
            Document page = Jsoup.parse(reply.body());
            assertEquals("Not available", page.selectFirst("h1").text());
            assertEquals("Only programme coordinators and Confluence administrators can see this page.",
                    page.selectFirst(".aui-message").text());
            assertFalse(page.text(), page.text().matches(".*\\d.*"));
            assertFalse(reply.body().contains("grad"));
            assertEquals("atl.general", page.selectFirst("meta[name=decorator]").attr("content"));
        }
    }

    @Test
    @NonTransactional
    public void shouldListOnlyTheProgrammesACoordinatorCoordinates() throws Exception {
        Document page = page(VIEW, "carol", 200);
        assertEquals("Mentoring programmes", page.selectFirst("h1").text());
        assertEquals(List.of("Programme", "Pairs", "Active", "On track", "At risk", "Stalled", "Closed", "Goals achieved at close",
                "Goals achieved", "Meetings in the last 30 days", "Checklist completion"),
                page.select("table.mentoring-programmes th").eachText());
        assertEquals(List.of(List.of("Programme grad", "3", "3", "1", "1", "1", "0", "0%", "50%", "1", "46%")),
                page.select("table.mentoring-programmes tbody tr").stream()
                        .map(tr -> tr.select("td").eachText()).toList());
        assertEquals("/confluence" + VIEW + "/grad", page.selectFirst("table.mentoring-programmes a").attr("href"));
        assertEquals("/confluence/plugins/servlet/mentoring/programmes", page.select("a").get(0).attr("href"));
        assertEquals(404, server.get(VIEW + "/other", "carol").status());
        assertEquals(404, server.get(VIEW + "/nope", "carol").status());
    }

    @Test
    @NonTransactional
    public void shouldShowAnAdministratorEveryProgramme() throws Exception {
        Document page = page(VIEW, "admin", 200);
        assertEquals(List.of("Programme grad", "Programme other"),
                page.select("table.mentoring-programmes tbody tr td:first-child").eachText());
        assertEquals(3, rows(page(VIEW + "/grad", "admin", 200)).size());
        assertEquals(List.of(List.of("This programme has no pairs yet.")), rows(page(VIEW + "/other", "admin", 200)));
        Document missing = page(VIEW + "/nope", "admin", 404);
        assertEquals("Not found, or you do not have permission to see it.", missing.selectFirst(".aui-message").text());
    }

    @Test
    @NonTransactional
    public void shouldShowTheSummaryAndPairsOfAProgramme() throws Exception {
        Document page = page(VIEW + "/grad", "carol", 200);
        assertEquals("Programme grad", page.selectFirst("h1").text());
        assertEquals("Programme grad", page.selectFirst("title").text());
        assertEquals(List.of("Pairs", "Active", "On track", "At risk", "Stalled", "Closed", "Goals achieved at close", "Goals achieved",
                "Meetings in the last 30 days", "Checklist completion", "Agendas shared a day ahead", "Cancelled at short notice",
                "Action items completed", "Completed on time", "Meetings with the mentee\u2019s feedback",
                "Meetings with the mentor\u2019s feedback", "Mentees\u2019 pulse", "Mentors\u2019 pulse", "Suggestions applied",
                "Development activities done"), page.select(".mentoring-summary dt").eachText());
        assertEquals(List.of("3", "3", "1", "1", "1", "0", "0%", "50%", "1", "46%", "50%", "50%", "3 / 4 (75%)", "66%", "50%", "0%",
                "4.5 / 5", "\u2014", "1 / 3", "1 / 2"), page.select(".mentoring-summary dd").eachText());
        assertEquals(List.of("Space", "Mentee", "Mentor", "Start date", "Cadence", "Goals achieved", "Average progress (%)",
                "Checklist (%)", "Meetings held / expected", "Last meeting", "Cadence adherence (%)", "Status"),
                page.select("table.mentoring-pairs th a").eachText());
        assertEquals(List.of("\u25B2"), page.select("table.mentoring-pairs th[aria-sort=ascending] .mentoring-sort-arrow[aria-hidden=true]")
                .eachText());
        assertEquals(11, page.select("table.mentoring-pairs th[aria-sort=none]:not(:has(.mentoring-sort-arrow))").size());
        assertEquals(List.of(
                List.of("A-SPACE", "Cleo", "Ben", "5 Jan 2026", "Weekly", "0 / 1", "10%", "90%", "1 / 11",
                        "5 Jan 2026", "9%", "Stalled"),
                List.of("C-SPACE", "Bert", "ada", "2 Mar 2026", "Fortnightly", "1 / 3", "50%", "50%", "0 / 2",
                        "\u2014", "0%", "At risk"),
                List.of("Anna & Cy", "anna", "Cy", "9 Mar 2026", "Monthly", "2 / 2", "100%", "0%", "1 / 1",
                        "9 Mar 2026", "100%", "On track")), rows(page));
        assertEquals("/confluence/display/B-SPACE", page.selectFirst("table.mentoring-pairs tbody a").attr("href"));
        assertEquals(1, page.select("table.mentoring-pairs tbody a").size());
        assertEquals("aui-lozenge aui-lozenge-error", page.selectFirst("table.mentoring-pairs tbody span").className());
        assertEquals("Showing 1\u20133 of 3 pairs", page.selectFirst(".mentoring-pagination").text());
        assertEquals("/confluence/rest/mentoring/1.0/programmes/grad/pairs.csv?sort=status&order=asc",
                page.selectFirst("a.aui-button-link").attr("href"));
    }

    @Test
    @NonTransactional
    public void shouldSortByAnyColumnFromItsHeader() throws Exception {
        Document page = page(VIEW + "/grad?sort=mentee&order=asc", "carol", 200);
        List<String> links = page.select("table.mentoring-pairs th a").eachAttr("href");
        assertEquals(12, links.size());
        assertEquals("/confluence" + VIEW + "/grad?sort=space&order=asc", links.get(0));
        assertEquals("/confluence" + VIEW + "/grad?sort=mentee&order=desc", links.get(1));
        assertEquals("/confluence" + VIEW + "/grad?sort=last-meeting&order=asc", links.get(9));
        assertEquals("ascending", page.select("table.mentoring-pairs th").get(1).attr("aria-sort"));
        assertEquals("none", page.select("table.mentoring-pairs th").get(0).attr("aria-sort"));
        assertEquals(List.of("anna", "Bert", "Cleo"), rows(page).stream().map(r -> r.get(1)).toList());
        assertEquals(List.of("Cleo", "Bert", "anna"),
                rows(page(VIEW + "/grad?sort=mentee&order=desc", "carol", 200)).stream().map(r -> r.get(1)).toList());
        assertEquals("descending", page(VIEW + "/grad?sort=mentee&order=desc", "carol", 200)
                .select("table.mentoring-pairs th").get(1).attr("aria-sort"));
    }

    @Test
    @NonTransactional
    public void shouldFilterByStatusAndTextKeepingTheFiltersInEveryLink() throws Exception {
        Document page = page(VIEW + "/grad?status=at-risk&q=BE&sort=space", "carol", 200);
        assertEquals(List.of("C-SPACE"), rows(page).stream().map(r -> r.get(0)).toList());
        assertEquals("BE", page.selectFirst("input[name=q]").val());
        assertEquals("at-risk", page.selectFirst("select[name=status] option[selected]").val());
        assertEquals("/confluence" + VIEW + "/grad?sort=space&order=desc&status=at-risk&q=BE",
                page.selectFirst("table.mentoring-pairs th a").attr("href"));
        assertEquals("/confluence/rest/mentoring/1.0/programmes/grad/pairs.csv?sort=space&order=asc&status=at-risk&q=BE",
                page.selectFirst("a.aui-button-link").attr("href"));
        assertEquals(List.of(List.of("No pair matches these filters.")),
                rows(page(VIEW + "/grad?status=ended", "carol", 200)));
    }

    @Test
    @NonTransactional
    public void shouldShowAClosedPairWithTheDayItClosedFilterByItAndCountItApart() throws Exception {
        ProgrammeRows.givenPair(ao, programmes.getByKey("grad"), "K-SPACE", "Kim", "Kai", "2026-01-05", Cadence.WEEKLY,
                PlanStatus.ACTIVE, 3, 4, 320, 0, 0, "2026-01-05", "2026-02-02");
        ProgrammeRows.givenClosed(ao, "K-SPACE", "2026-02-02");

        Document page = page(VIEW + "/grad?status=closed", "carol", 200);

        assertEquals(List.of(List.of("K-SPACE", "Kim", "Kai", "5 Jan 2026", "Weekly", "3 / 4", "80%", "0%", "2 / 5", "2 Feb 2026",
                "40%", "Closed on 2 Feb 2026")), rows(page));
        assertEquals("aui-lozenge aui-lozenge-new", page.selectFirst("table.mentoring-pairs tbody span").className());
        assertEquals(List.of("", "stalled", "at-risk", "on-track", "invited", "closed", "ended"),
                page.select("select[name=status] option").eachAttr("value"));
        assertEquals("Closed", page.selectFirst("select[name=status] option[selected]").text());
        assertEquals(List.of("Closed", "1", "Goals achieved at close", "75%"), page.select(".mentoring-summary-figure").stream()
                .filter(figure -> figure.selectFirst("dt").text().matches("Closed|Goals achieved at close")).flatMap(figure -> figure.children().eachText()
                        .stream()).toList());
        assertEquals(List.of("A-SPACE", "C-SPACE", "Anna & Cy", "K-SPACE"),
                rows(page(VIEW + "/grad", "carol", 200)).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(List.of("Programme grad", "4", "3", "1", "1", "1", "1", "75%", "60%", "1", "46%")),
                page(VIEW, "carol", 200).select("table.mentoring-programmes tbody tr").stream().map(tr -> tr.select("td").eachText())
                        .toList());
    }

    @Test
    @NonTransactional
    public void shouldPageThroughThePairs() throws Exception {
        Document first = page(VIEW + "/grad?sort=space&limit=2", "carol", 200);
        assertEquals(List.of("A-SPACE", "Anna & Cy"), rows(first).stream().map(r -> r.get(0)).toList());
        assertEquals("Showing 1\u20132 of 3 pairs Next", first.selectFirst(".mentoring-pagination").text());
        String next = first.selectFirst(".mentoring-pagination a").attr("href");
        assertEquals("/confluence" + VIEW + "/grad?sort=space&order=asc&start=2&limit=2", next);
        Document second = page(next.substring("/confluence".length()), "carol", 200);
        assertEquals(List.of("C-SPACE"), rows(second).stream().map(r -> r.get(0)).toList());
        assertEquals("Showing 3\u20133 of 3 pairs Previous", second.selectFirst(".mentoring-pagination").text());
        assertEquals("2", second.selectFirst("input[name=limit]").val());
    }

    @Test
    @NonTransactional
    public void shouldClampThePageSizeAndExplainBadParameters() throws Exception {
        Document clamped = page(VIEW + "/grad?limit=100000", "carol", 200);
        assertEquals("100", clamped.selectFirst("input[name=limit]").val());
        Document sort = page(VIEW + "/grad?sort=secret", "carol", 400);
        assertEquals("Cannot show this page", sort.selectFirst("h1").text());
        assertEquals("Unknown sort column. Sort by one of: space, mentee, mentor, start, cadence, goals, progress, checklist, "
                + "meetings, last-meeting, adherence, status.", sort.selectFirst(".aui-message").text());
        assertEquals("Unknown status. Filter by one of: stalled, at-risk, on-track, invited, closed, ended.",
                page(VIEW + "/grad?status=late", "carol", 400).selectFirst(".aui-message").text());
        assertNull(page(VIEW + "/grad?sort=secret", "carol", 400).selectFirst("table"));
    }

    @Test
    public void shouldFindTheProgrammeKeyInTheRequestPath() {
        assertNull(key("/confluence/plugins/servlet/mentoring/coordinator"));
        assertNull(key("/confluence/plugins/servlet/mentoring/coordinator/"));
        assertEquals("grad", key("/plugins/servlet/mentoring/coordinator/grad/"));
        assertEquals("grad/x", key("/plugins/servlet/mentoring/coordinator/grad/x"));
        assertTrue(key("/x/plugins/servlet/mentoring/coordinator/a-b").equals("a-b"));
    }

    private static String key(String uri) {
        jakarta.servlet.http.HttpServletRequest request = org.mockito.Mockito.mock(jakarta.servlet.http.HttpServletRequest.class);
        org.mockito.Mockito.when(request.getRequestURI()).thenReturn(uri);
        return CoordinatorServlet.programmeKey(request);
    }

    @Test
    @NonTransactional
    public void shouldDrawThePairsByStatusTheMeetingsPerMonthAndTheGoalsAchievedWithTheirFigures() throws Exception {
        Document page = page(VIEW + "/grad", "carol", 200);

        Element charts = page.selectFirst("section.mentoring-coordinator > .mentoring-charts");
        assertEquals(List.of("Pairs by status", "Meetings held per month", "Goals achieved over time"),
                charts.select("figcaption").eachText());
        Element status = charts.selectFirst("figure.mentoring-chart-stacked");
        assertEquals(List.of("On track: 1", "At risk: 1", "Stalled: 1", "Invited: 0", "Closed: 0", "Ended: 0"),
                status.select("li").eachText());
        assertEquals(List.of("160", "160", "160"), status.select("svg rect").eachAttr("width"));
        assertEquals("On track: 1; At risk: 1; Stalled: 1; Invited: 0; Closed: 0; Ended: 0", status.selectFirst("svg desc").text());
        Element meetings = charts.selectFirst("figure.mentoring-chart-bars");
        assertEquals("2026-01: 1; 2026-02: 0; 2026-03: 1", meetings.selectFirst("svg desc").text());
        assertEquals(List.of("2026-01", "1", "2026-02", "0", "2026-03", "1"),
                meetings.select("table.mentoring-chart-table tbody tr > *").eachText());
        Element goals = charts.selectFirst("figure.mentoring-chart-lines");
        assertEquals("2026-01: 0; 2026-02: 1; 2026-03: 3", goals.selectFirst("svg desc").text());
        assertEquals(List.of("Month", "Goals achieved so far"), goals.select("table.mentoring-chart-table thead th").eachText());
        assertEquals(List.of("2026-01", "0", "2026-02", "1", "2026-03", "3"),
                goals.select("table.mentoring-chart-table tbody tr > *").eachText());
        assertEquals(1, goals.select("svg polyline").size());
        for (Element svg : charts.select("svg")) {
            assertEquals("img", svg.attr("role"));
            assertEquals(svg.parent().selectFirst("figcaption").text(), page.getElementById(svg.attr("aria-labelledby")).text());
        }
        assertTrue(page.select(".mentoring-summary").first().siblingIndex() < charts.siblingIndex());
        assertTrue(charts.siblingIndex() < page.selectFirst("table.mentoring-pairs").siblingIndex());
    }

    @Test
    @NonTransactional
    public void shouldSayAProgrammeWithoutPairsHasNothingToDraw() throws Exception {
        Document page = page(VIEW + "/other", "admin", 200);

        assertEquals(List.of("The programme has no pairs yet.", "No meeting has been held yet.", "No goal has been achieved yet."),
                page.select(".mentoring-charts .mentoring-chart-empty").eachText());
        assertTrue(page.select(".mentoring-chart-bars rect").isEmpty());
        assertEquals(1, page.select(".mentoring-chart-stacked rect").size());
        assertTrue(page.select(".mentoring-chart-stacked rect title").isEmpty());
    }
}
