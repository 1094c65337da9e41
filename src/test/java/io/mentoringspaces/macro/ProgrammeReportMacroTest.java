package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import io.mentoringspaces.testsupport.SourceFiles;
import io.mentoringspaces.view.chart.ChartColours;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.NodeList;

/** The programme report macro: the coordinator view's figures on a page, for coordinators only. */
public class ProgrammeReportMacroTest extends DatabaseTest {

    private static final long REPORT_PAGE = 700;

    private ConfluenceDouble confluence;

    /**
     * A Confluence at {@code /confluence}: the administrator {@code admin}, the coordinators of programme
     * {@code grad} ({@code carol}) and {@code other} ({@code olga}), {@code nina} who coordinates
     * nothing; the report on page 700 of space COORD; three pairs in programme grad, whose space
     * B-SPACE carol may view.
     */
    @Before
    public void givenThreePairsAndTheirCoordinators() {
        confluence = new ConfluenceDouble(CLOCK, () -> "https://wiki.example.com/confluence");
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        confluence.space("COORD", "Coordination");
        confluence.page(REPORT_PAGE, "COORD", null, "Programme report", "");
        Programme grad = givenProgramme("grad");
        givenProgramme("other");
        ProgrammeRows.givenThreePairs(ao, grad);
        confluence.space("B-SPACE", "Anna & Cy");
        confluence.viewer("B-SPACE", "carol");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private Document render(String user, String programme, OutputType outputType) {
        Map<String, String> parameters = new HashMap<>();
        if (programme != null) {
            parameters.put("programme", programme);
        }
        confluence.page(REPORT_PAGE).setBodyAsString(Storage.macro("mentoring-programme-report", parameters, null));
        confluence.loginAs(user);
        return Jsoup.parseBodyFragment(confluence.render(REPORT_PAGE, outputType, DeviceType.DESKTOP));
    }

    @Test
    public void shouldShowTheInlineErrorPanelForAForbiddenCharacterInItsParameter() throws Exception {
        confluence.loginAs("admin");
        Macro report = confluence.app().macros().get("mentoring-programme-report");
        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            Document page = Jsoup.parseBodyFragment(report.execute(Map.of("programme", "grad" + bad.getValue()), null,
                    confluence.conversion(confluence.page(REPORT_PAGE), null, OutputType.DISPLAY, DeviceType.DESKTOP)));

            assertEquals(bad.getKey(), "Programme holds a character that is not allowed: a control character (other than tab or line "
                    + "break) or a character that cannot be stored.", page.selectFirst(".aui-message-error").text());
            assertTrue(page.select("table").isEmpty());
        }
    }

    private static List<List<String>> rows(Document report) {
        return report.select("table.mentoring-pairs tbody tr").stream().map(tr -> tr.select("td").eachText()).toList();
    }

    @Test
    public void shouldShowTheSummaryAndPairsToTheProgrammesCoordinator() {
        Document report = render("carol", " grad ", OutputType.DISPLAY);
        assertEquals("Programme report: Programme grad", report.selectFirst("h2").text());
        assertEquals(List.of("3", "3", "1", "1", "1", "0", "0%", "50%", "1", "46%", "0%", "0%", "0 / 0 (0%)", "0%", "0%", "0%", "\u2014",
                "\u2014", "0 / 0", "0 / 0"), report.select(".mentoring-summary dd").eachText());
        assertEquals(List.of(
                List.of("A-SPACE", "Cleo", "Ben", "5 Jan 2026", "Weekly", "0 / 1", "10%", "90%", "1 / 11", "5 Jan 2026", "9%",
                        "Stalled"),
                List.of("C-SPACE", "Bert", "ada", "2 Mar 2026", "Fortnightly", "1 / 3", "50%", "50%", "0 / 2", "\u2014", "0%",
                        "At risk"),
                List.of("Anna & Cy", "anna", "Cy", "9 Mar 2026", "Monthly", "2 / 2", "100%", "0%", "1 / 1", "9 Mar 2026",
                        "100%", "On track")), rows(report));
        assertTrue(report.select("table.mentoring-pairs th a").isEmpty());
        assertEquals("/confluence/display/B-SPACE", report.selectFirst("td a").attr("href"));
        assertEquals("/confluence/plugins/servlet/mentoring/coordinator/grad",
                report.select(".mentoring-programme-report > p a").attr("href"));
        assertTrue(report.select("script, form, button, input").isEmpty());
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:coordinator-view-resources"), confluence.pageBuilder().required());
    }

    @Test
    public void shouldShowAClosedPairTheDayItClosedAndTheGoalsTheClosedPairsAchievedInTheSummaryAndChart() {
        Programme grad = programmes.getByKey("grad");
        ProgrammeRows.givenPair(ao, grad, "K-SPACE", "Kim", "Kai", "2026-01-05", Cadence.WEEKLY,
                PlanStatus.ACTIVE, 3, 4, 320, 0, 0, "2026-01-05", "2026-02-02");
        ProgrammeRows.givenClosed(ao, "K-SPACE", "2026-02-02");

        Document report = render("carol", "grad", OutputType.DISPLAY);

        Map<String, String> summary = new LinkedHashMap<>();
        List<String> labels = report.select(".mentoring-summary dt").eachText();
        for (int i = 0; i < labels.size(); i++) {
            summary.put(labels.get(i), report.select(".mentoring-summary dd").get(i).text());
        }
        assertEquals("4", summary.get("Pairs"));
        assertEquals("3", summary.get("Active"));
        assertEquals("1", summary.get("Closed"));
        assertEquals("75%", summary.get("Goals achieved at close"));
        assertEquals(List.of("K-SPACE", "Kim", "Kai", "5 Jan 2026", "Weekly", "3 / 4", "80%", "0%", "2 / 5", "2 Feb 2026", "40%",
                "Closed on 2 Feb 2026"), rows(report).get(3));
        assertEquals("aui-lozenge aui-lozenge-new", report.select("table.mentoring-pairs tbody tr").get(3).selectFirst("span").className());
        assertEquals(List.of("On track: 1", "At risk: 1", "Stalled: 1", "Invited: 0", "Closed: 1", "Ended: 0"),
                report.select(".mentoring-chart-stacked li").eachText());
        assertTrue(report.select(".mentoring-chart-stacked rect").eachAttr("fill").contains(ChartColours.CLOSED));
    }

    @Test
    public void shouldRenderStaticallyWithAbsoluteLinksInExports() {
        for (OutputType output : List.of(OutputType.PDF, OutputType.WORD, OutputType.EMAIL, OutputType.HTML_EXPORT)) {
            Document report = render("admin", "grad", output);
            assertEquals(3, rows(report).size());
            assertTrue(report.select(".mentoring-programme-report > p a").isEmpty());
            assertTrue(report.select("script, form, button, input").isEmpty());
        }
        Document pdf = render("carol", "grad", OutputType.PDF);
        assertEquals("https://wiki.example.com/confluence/display/B-SPACE", pdf.selectFirst("td a").attr("href"));
    }

    @Test
    public void shouldTellEveryoneElseThatTheReportIsForCoordinatorsOnly() {
        for (String user : new String[] {"nina", "olga", null}) {
            for (String key : List.of("grad", "nope")) {
                Document report = render(user, key, OutputType.DISPLAY);
                Element message = report.selectFirst(".aui-message.aui-message-info");
                assertEquals("This programme report is shown only to the programme\u2019s coordinators and to Confluence "
                        + "administrators.", message.text());
                assertFalse(report.text(), report.text().matches(".*\\d.*"));
                assertNull(report.selectFirst("table"));
            }
        }
    }

    @Test
    public void shouldExplainAMissingOrUnknownProgramme() {
        assertEquals("Choose the programme this report is about (the programme parameter).",
                render("carol", null, OutputType.DISPLAY).selectFirst(".aui-message.aui-message-error").text());
        assertEquals("Choose the programme this report is about (the programme parameter).",
                render("carol", "  ", OutputType.DISPLAY).selectFirst(".aui-message.aui-message-error").text());
        assertEquals("There is no such programme.", render("admin", "nope", OutputType.DISPLAY).selectFirst(".aui-message-error").text());
        assertEquals("There is no such programme.", render("admin", "NOT A KEY", OutputType.DISPLAY).selectFirst(".aui-message-error").text());
    }

    @Test
    public void shouldListTheMostUrgentPairsOfALargeProgramme() {
        Programme large = givenProgramme("large");
        io.mentoringspaces.testsupport.GeneratedProgramme.seed(ao, large.id(), "L", 130, 130, TODAY);
        Document report = render("admin", "large", OutputType.DISPLAY);
        assertEquals(100, rows(report).size());
        assertEquals("The 100 most urgent of 130 pairs are listed.", report.select(".mentoring-programme-report > p").get(0).text());
    }

    @Test
    public void shouldBeABlockMacroWithoutBody() {
        Macro macro = confluence.app().macros().get("mentoring-programme-report");

        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    @Test
    public void shouldDeclareTheMacroWithItsBrowserLabels() throws Exception {
        NodeList macros = SourceFiles.descriptor().document().getElementsByTagName("xhtml-macro");
        org.w3c.dom.Element declared = null;
        for (int i = 0; i < macros.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) macros.item(i);
            if (element.getAttribute("name").equals("mentoring-programme-report")) {
                declared = element;
            }
        }
        assertEquals(ProgrammeReportMacro.class.getName(), declared.getAttribute("class"));
        assertEquals("programme", ((org.w3c.dom.Element) declared.getElementsByTagName("parameter").item(0)).getAttribute("name"));
        Properties bundle = SourceFiles.i18n();
        for (String suffix : List.of("label", "desc", "param.programme.label", "param.programme.desc")) {
            assertTrue(suffix, bundle.containsKey("io.mentoringspaces.mentoring-spaces.mentoring-programme-report." + suffix));
        }
        assertTrue(getClass().getResource("/images/programme-report.png") != null);
    }

    @Test
    public void shouldDrawTheProgrammesChartsWithTheirFiguresOpenInExports() {
        Document onScreen = render("carol", "grad", OutputType.DISPLAY);
        Document exported = render("carol", "grad", OutputType.PDF);

        for (Document page : List.of(onScreen, exported)) {
            assertEquals(List.of("Pairs by status", "Meetings held per month", "Goals achieved over time"),
                    page.select(".mentoring-programme-report .mentoring-charts figcaption").eachText());
            assertEquals(List.of("On track: 1", "At risk: 1", "Stalled: 1", "Invited: 0", "Closed: 0", "Ended: 0"),
                    page.select(".mentoring-chart-stacked li").eachText());
            assertEquals("2026-01: 1; 2026-02: 0; 2026-03: 1", page.selectFirst(".mentoring-chart-bars svg desc").text());
            assertEquals("2026-01: 0; 2026-02: 1; 2026-03: 3", page.selectFirst(".mentoring-chart-lines svg desc").text());
        }
        assertEquals(List.of(false, false), onScreen.select(".mentoring-chart-figures").stream().map(e -> e.hasAttr("open")).toList());
        assertEquals(List.of(true, true), exported.select(".mentoring-chart-figures").stream().map(e -> e.hasAttr("open")).toList());
    }
}
