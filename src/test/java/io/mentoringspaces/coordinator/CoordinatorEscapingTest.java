package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import io.mentoringspaces.testsupport.XssPayloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every text a coordinator output shows that people typed (programme name, description and group,
 * mentee and mentor names, the space name, the search text echoed in the filter) goes through the
 * XSS corpus ({@code fixtures/xss-payloads.txt}): each page keeps exactly the structure it has with a
 * harmless text, shows the payload as text, and the CSV and JSON carry it intact (the CSV
 * neutralised against formulas). The app runs in the test Confluence, its servlets and REST API over
 * HTTP, so the tests commit their data and empty the tables afterwards.
 */
public class CoordinatorEscapingTest extends DatabaseTest {

    private static final String HARMLESS = "harmless";
    private static List<String> payloads;

    private ConfluenceDouble confluence;
    private CoordinatorOutputs outputs;

    @BeforeClass
    public static void readCorpus() {
        // Every payload goes into every text field, so only those that fit the shortest (a programme name) are used.
        payloads = XssPayloads.all().stream().filter(p -> p.length() <= Limits.PROGRAMME_NAME).toList();
    }

    @Before
    public void createOutputs() {
        confluence = new ConfluenceDouble(CLOCK, () -> ConfluenceDouble.BASE_URL + WebServer.CONTEXT_PATH);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        outputs = new CoordinatorOutputs(confluence, "carol");
    }

    @After
    public void stop() {
        outputs.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    /** A programme and one pair whose every typed text is {@code text}; the search text too. */
    private List<String> pagesShowing(String text) throws Exception {
        ProgrammeRows.deleteAllRows(ao);
        confluence.group(text.strip(), "carol");
        Programme programme = programmes.create(new ProgrammeInput("xss", text, text, text, Cadence.WEEKLY,
                CoordinatorAccess.METRICS_ONLY));
        ProgrammeRows.givenPair(ao, programme, "XSS", text, text, "2026-03-02", Cadence.WEEKLY, PlanStatus.ACTIVE, 1, 2, 100,
                1, 2, "2026-03-09");
        Space space = confluence.space("XSS");
        if (space == null) {
            confluence.space("XSS", text);
            confluence.viewer("XSS", "carol");
        } else {
            space.setName(text);
        }
        return List.of(
                outputs.servlet("carol", "/mentoring/coordinator/xss", Map.of("q", text, "sort", "mentee")),
                outputs.servlet("carol", "/mentoring/coordinator", Map.of()),
                outputs.servlet("admin", "/mentoring/programmes", Map.of()),
                outputs.servlet("carol", "/mentoring/programmes", Map.of()),
                outputs.macro("carol", "xss"));
    }

    /** Each element's tag and attribute names, in document order: what an injection would change. */
    private static List<String> skeleton(String html) {
        List<String> skeleton = new ArrayList<>();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            StringBuilder node = new StringBuilder(element.tagName());
            for (Attribute attribute : element.attributes()) {
                node.append(' ').append(attribute.getKey());
            }
            skeleton.add(node.toString());
        }
        return skeleton;
    }

    private static String shown(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Test
    public void shouldKeepTheCorpusLargeAndVaried() {
        assertTrue(payloads.size() >= 30);
        assertTrue(payloads.stream().anyMatch(p -> p.contains("<script>")));
        assertTrue(payloads.stream().anyMatch(p -> p.startsWith("=")));
        assertTrue(payloads.stream().anyMatch(p -> p.startsWith("\t")));
    }

    @Test
    @NonTransactional
    public void shouldShowEveryPayloadAsTextInEveryPage() throws Exception {
        List<String> harmless = pagesShowing(HARMLESS).stream().map(CoordinatorEscapingTest::skeleton)
                .map(Object::toString).toList();
        for (String payload : payloads) {
            List<String> pages = pagesShowing(payload);
            for (int i = 0; i < pages.size(); i++) {
                assertEquals(payload + " in page " + i, harmless.get(i), skeleton(pages.get(i)).toString());
                for (Element element : Jsoup.parse(pages.get(i)).getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        assertTrue(payload, !attribute.getKey().startsWith("on"));
                        if (List.of("href", "src", "action").contains(attribute.getKey())) {
                            assertTrue(payload, attribute.getValue().startsWith("/confluence/"));
                        }
                    }
                }
            }
            Document programme = Jsoup.parse(pages.get(0));
            assertEquals(payload, shown(payload), programme.selectFirst("h1").text());
            assertEquals(payload, payload.strip(), programme.selectFirst("input[name=q]").val());
            List<String> cells = programme.select("table.mentoring-pairs tbody td").eachText();
            assertEquals(payload, List.of(shown(payload), shown(payload), shown(payload)), cells.subList(0, 3));
            assertEquals(payload, shown(payload), Jsoup.parse(pages.get(1)).selectFirst("table.mentoring-programmes td a").text());
            Document admin = Jsoup.parse(pages.get(2));
            assertEquals(payload, payload.strip(), admin.selectFirst("input[name=name]").val());
            assertEquals(payload, payload.strip(), admin.selectFirst("input[name=coordinatorGroup]").val());
            assertEquals(payload, payload.strip(), admin.selectFirst("textarea[name=description]").val());
            Document macro = Jsoup.parse(pages.get(4));
            assertEquals(payload, "Programme report: " + shown(payload), macro.selectFirst("h2").text());
        }
    }

    @Test
    @NonTransactional
    public void shouldCarryEveryPayloadIntactInJsonAndNeutralisedInCsv() throws Exception {
        for (String payload : payloads) {
            pagesShowing(payload);
            JsonNode pairs = outputs.json("carol", "/programmes/xss/pairs");
            assertEquals(pairs.toString(), payload, pairs.get("pairs").get(0).get("menteeName").asText());
            assertEquals(payload, pairs.get("pairs").get(0).get("spaceName").asText());
            assertEquals(payload.strip(), outputs.json("carol", "/programmes/xss").get("name").asText());
            String csv = outputs.csv("carol", "xss", null, payload);
            List<List<String>> rows = parseCsv(csv);
            assertEquals(payload, 2, rows.size());
            String expected = startsLikeAFormula(payload) ? "'" + payload : payload;
            assertEquals(payload, List.of("XSS", expected, expected), rows.get(1).subList(0, 3));
        }
    }

    /** The first character that is no space (tab and carriage return count) is one spreadsheets start formulas with. */
    private static boolean startsLikeAFormula(String payload) {
        String start = payload.replaceFirst("^[\\p{javaWhitespace}\\p{javaSpaceChar}&&[^\\t\\r]]*", "");
        return !start.isEmpty() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(start.charAt(0)) >= 0;
    }

    /** A strict RFC 4180 reader: quoted cells may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
