package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.util.List;
import java.util.Locale;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The coordinator view in the coordinator's language: texts from the bundle of the language Confluence
 * gives the user, dates and numbers in that locale; the CSV keeps ISO days and plain digits.
 */
public class CoordinatorLanguageTest extends DatabaseTest {

    private static final String VIEW = "/plugins/servlet/mentoring/coordinator";

    private ConfluenceDouble confluence;
    private WebServer web;

    /** A weekly pair started on 2002-03-04 (1,254 weeks before 2026-03-16), its one meeting on 2025-12-01. */
    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        ProgrammeRows.givenPair(ao, givenProgramme("grad"), "D-SPACE", "Dora", "Emil", "2002-03-04", Cadence.WEEKLY,
                PlanStatus.ACTIVE, 1, 4, 100, 3, 10, "2025-12-01");
        ProgrammeRows.givenPractice(ao, "D-SPACE", new PracticeFigures(1, 0, 0, 0, 0, 0, 0, 1, 0, 9, 2, 0, 0, 0, 0, 0, 0));
        web = confluence.serve();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    private Document programmePage(String user) throws Exception {
        Reply reply = web.site().get(VIEW + "/grad", user);
        assertEquals(reply.body(), 200, reply.status());
        return Jsoup.parse(reply.body());
    }

    @Test
    @NonTransactional
    public void shouldShowAGermanCoordinatorGermanTextsDatesAndNumbers() throws Exception {
        confluence.language("carol", Locale.GERMANY);
        Document page = programmePage("carol");
        page.select(".mentoring-sort-arrow").remove();
        assertEquals(List.of("Bereich", "Mentee", "Mentor", "Startdatum", "Rhythmus", "Erreichte Ziele",
                "Durchschnittlicher Fortschritt (%)", "Checkliste (%)", "Treffen abgehalten / erwartet", "Letztes Treffen",
                "Rhythmus eingehalten (%)", "Status"), page.select("table.mentoring-pairs th").eachText());
        assertEquals(List.of("D-SPACE", "Dora", "Emil", "04.03.2002", "W\u00f6chentlich", "1 / 4", "25 %", "30 %",
                "1 / 1.255", "01.12.2025", "0 %", "Stockt"), page.select("table.mentoring-pairs tbody td").eachText());
        assertEquals("25\u00a0%", page.select("table.mentoring-pairs tbody td").get(6).wholeText());
        assertEquals("1\u20131 von 1 Tandems", page.selectFirst(".mentoring-pagination").text());
        assertEquals("Tandems", page.selectFirst(".mentoring-summary dt").text());
        assertEquals(List.of("Abgeschlossen", "Beim Abschluss erreichte Ziele"), page.select(".mentoring-summary dt").eachText()
                .subList(5, 7));
        assertEquals("4,5 / 5", page.select(".mentoring-summary dd").get(16).text());
    }

    @Test
    @NonTransactional
    public void shouldShowAnEnglishCoordinatorEnglishTextsDatesAndNumbers() throws Exception {
        Document page = programmePage("carol");
        assertEquals(List.of("D-SPACE", "Dora", "Emil", "4 Mar 2002", "Weekly", "1 / 4", "25%", "30%",
                "1 / 1,255", "1 Dec 2025", "0%", "Stalled"), page.select("table.mentoring-pairs tbody td").eachText());
        assertEquals("Showing 1\u20131 of 1 pairs", page.selectFirst(".mentoring-pagination").text());
        assertEquals("Pairs", page.selectFirst(".mentoring-summary dt").text());
        assertEquals("4.5 / 5", page.select(".mentoring-summary dd").get(16).text());
    }

    @Test
    @NonTransactional
    public void shouldKeepIsoDaysAndPlainDigitsInTheCsvOfAGermanCoordinator() throws Exception {
        confluence.language("carol", Locale.GERMANY);
        Reply csv = web.rest().get("/programmes/grad/pairs.csv", "carol");
        assertEquals(200, csv.status());
        List<String> lines = csv.body().lines().toList();
        assertEquals("\ufeffBereich,Mentee,Mentor,Startdatum,Rhythmus,Erreichte Ziele,Ziele,Durchschnittlicher Fortschritt (%),"
                + "Checkliste (%),Abgehaltene Treffen,Erwartete Treffen,Letztes Treffen,Rhythmus eingehalten (%),Status,"
                + "Abgeschlossen am,Agenda einen Tag vorher geteilt (%),Abgesagte Treffen,Kurzfristig abgesagt (%),Aufgaben,Erledigte Aufgaben,"
                + "Rechtzeitig erledigt,Feedback des Mentees (%),Feedback des Mentors (%),Bewertung des Mentees,"
                + "Bewertung des Mentors,Vorschl\u00e4ge,Umgesetzte Vorschl\u00e4ge,Entwicklungsaktivit\u00e4ten,"
                + "Abgeschlossene Aktivit\u00e4ten",
                lines.get(0));
        assertEquals("D-SPACE,Dora,Emil,2002-03-04,weekly,1,4,25,30,1,1255,2025-12-01,0,stalled,,0,0,0,0,0,0,100,0,4.5,,0,0,0,0", lines.get(1));
    }
}
