package io.mentoringspaces.view.chart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chart component: well-formed markup, escaped texts, an accessible name and the figures as text, shapes to scale. */
public class ChartsTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    /** Parses the chart as XML: fails on markup that is not well-formed. */
    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element svg(Document document) {
        List<Element> svgs = elements(document, "svg");
        assertEquals(1, svgs.size());
        return svgs.get(0);
    }

    private static Element byId(Document document, String id) {
        for (String tag : List.of("title", "desc", "figcaption")) {
            for (Element element : elements(document, tag)) {
                if (element.getAttribute("id").equals(id)) {
                    return element;
                }
            }
        }
        return null;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Chart months(List<Series> series) {
        return new Chart("Meetings held per month", "Month", List.of("2026-01", "2026-02", "2026-03", "2026-04"), series,
                "Nothing yet.", "Figures", false);
    }

    private static List<Segment> statuses(int onTrack, int atRisk, int stalled) {
        return List.of(new Segment("On track", onTrack, ChartColours.ON_TRACK), new Segment("At risk", atRisk, ChartColours.AT_RISK),
                new Segment("Stalled", stalled, ChartColours.STALLED));
    }

    @Test
    public void shouldDrawEachPartOfAStackedBarAsWideAsItsShare() throws Exception {
        Document chart = xml(Charts.stackedBar("p-status", "Pairs by status", statuses(1, 2, 1), "No pairs."));

        List<Element> rects = elements(chart, "rect");
        assertEquals(3, rects.size());
        assertEquals(List.of(0.0, 120.0, 360.0), rects.stream().map(r -> number(r, "x")).toList());
        assertEquals(List.of(120.0, 240.0, 120.0), rects.stream().map(r -> number(r, "width")).toList());
        assertEquals(List.of(ChartColours.ON_TRACK, ChartColours.AT_RISK, ChartColours.STALLED),
                rects.stream().map(r -> r.getAttribute("fill")).toList());
        assertEquals(List.of("On track: 1", "At risk: 2", "Stalled: 1"),
                elements(chart, "li").stream().map(Element::getTextContent).toList());
    }

    @Test
    public void shouldLeaveOutAnEmptyPartAndFillTheBarWithTheOthers() throws Exception {
        Document chart = xml(Charts.stackedBar("p-status", "Pairs by status", statuses(3, 0, 0), "No pairs."));

        List<Element> rects = elements(chart, "rect");
        assertEquals(1, rects.size());
        assertEquals((double) Charts.BAR_WIDTH, number(rects.get(0), "width"), 0);
        assertEquals(List.of("On track: 3", "At risk: 0", "Stalled: 0"),
                elements(chart, "li").stream().map(Element::getTextContent).toList());
    }

    @Test
    public void shouldMakeEachBarAsHighAsItsFigure() throws Exception {
        Document chart = xml(Charts.bars("p-meetings", months(List.of(Series.counts("Held", ChartColours.HELD, List.of(4, 2, 0, 1))))));

        List<Element> rects = elements(chart, "rect");
        assertEquals(4, rects.size());
        double full = Charts.HEIGHT - Charts.TOP - Charts.BOTTOM;
        assertEquals(List.of(full, full / 2, 0.0, full / 4), rects.stream().map(r -> number(r, "height")).toList());
        double baseline = Charts.TOP + full;
        for (Element rect : rects) {
            assertEquals(baseline, number(rect, "y") + number(rect, "height"), 0.01);
        }
        assertEquals(List.of("2026-01: 4", "2026-02: 2", "2026-03: 0", "2026-04: 1"),
                rects.stream().map(r -> r.getElementsByTagName("title").item(0).getTextContent()).toList());
        List<Element> labels = categoryLabels(chart);
        for (int i = 0; i < rects.size(); i++) {
            assertEquals(number(rects.get(i), "x") + number(rects.get(i), "width") / 2, number(labels.get(i), "x"), 0.01);
        }
    }

    /** The texts under the axis: the categories' labels. */
    private static List<Element> categoryLabels(Document chart) {
        return elements(chart, "text").stream().filter(t -> t.getTextContent().startsWith("2026-")).toList();
    }

    @Test
    public void shouldPlotEveryPointOfALineToScale() throws Exception {
        Document chart = xml(Charts.lines("p-cadence", months(List.of(Series.counts("Held", ChartColours.HELD, List.of(0, 1, 2, 4)),
                Series.counts("Expected", ChartColours.EXPECTED, List.of(1, 2, 3, 4)))), 0));

        List<Element> lines = elements(chart, "polyline");
        assertEquals(2, lines.size());
        double full = Charts.HEIGHT - Charts.TOP - Charts.BOTTOM;
        double bottom = Charts.TOP + full;
        double step = (Charts.WIDTH - Charts.LEFT - Charts.RIGHT) / 3.0;
        String[] held = lines.get(0).getAttribute("points").split(" ");
        double[] expected = {0, 1, 2, 4};
        for (int i = 0; i < held.length; i++) {
            String[] xy = held[i].split(",");
            assertEquals(Charts.LEFT + i * step, Double.parseDouble(xy[0]), 0.01);
            assertEquals(bottom - expected[i] * full / 4, Double.parseDouble(xy[1]), 0.01);
            assertEquals(Double.parseDouble(xy[0]), number(categoryLabels(chart).get(i), "x"), 0.01);
        }
        assertEquals("Held", elements(chart, "li").get(0).getTextContent());
        assertEquals("Expected", elements(chart, "li").get(1).getTextContent());
    }

    @Test
    public void shouldScaleASparklineFromZeroToOneHundredPercent() throws Exception {
        Chart progress = new Chart("Progress over time", "Date", List.of("2026-01-05", "2026-02-02", "2026-03-02"),
                List.of(new Series("Progress", ChartColours.PROGRESS, List.of(0, 50, 100), List.of("0%", "50%", "100%"))), "", "",
                false);
        Document chart = xml(Charts.sparkline("g-progress", progress));

        String[] points = elements(chart, "polyline").get(0).getAttribute("points").split(" ");
        assertEquals(List.of("3,25", "60,14", "117,3"), List.of(points));
        Element last = elements(chart, "circle").get(0);
        assertEquals(117.0, number(last, "cx"), 0);
        assertEquals(3.0, number(last, "cy"), 0);
        assertEquals("0% \u2192 50% \u2192 100%", elements(chart, "span").get(0).getTextContent());
    }

    @Test
    public void shouldNameEveryChartByItsCaptionAndDescribeItByItsFigures() throws Exception {
        List<Document> charts = List.of(
                xml(Charts.stackedBar("a", "Pairs by status", statuses(1, 2, 1), "No pairs.")),
                xml(Charts.bars("b", months(List.of(Series.counts("Held", ChartColours.HELD, List.of(4, 2, 0, 1)))))),
                xml(Charts.lines("c", months(List.of(Series.counts("Held", ChartColours.HELD, List.of(0, 1, 2, 4)),
                        Series.counts("Expected", ChartColours.EXPECTED, List.of(1, 2, 3, 4)))), 0)));
        List<String> descriptions = List.of("On track: 1; At risk: 2; Stalled: 1", "2026-01: 4; 2026-02: 2; 2026-03: 0; 2026-04: 1",
                "2026-01: Held 0, Expected 1; 2026-02: Held 1, Expected 2; 2026-03: Held 2, Expected 3; 2026-04: Held 4, Expected 4");
        for (int i = 0; i < charts.size(); i++) {
            Document chart = charts.get(i);
            Element svg = svg(chart);
            assertEquals("img", svg.getAttribute("role"));
            Element name = byId(chart, svg.getAttribute("aria-labelledby"));
            Element description = byId(chart, svg.getAttribute("aria-describedby"));
            assertEquals("title", name.getTagName());
            assertEquals(elements(chart, "figcaption").get(0).getTextContent(), name.getTextContent());
            assertEquals(descriptions.get(i), description.getTextContent());
        }
    }

    @Test
    public void shouldListTheFiguresInATableBesideTheChart() throws Exception {
        Document chart = xml(Charts.lines("c", months(List.of(Series.counts("Held", ChartColours.HELD, List.of(0, 1, 2, 4)),
                Series.counts("Expected", ChartColours.EXPECTED, List.of(1, 2, 3, 4)))), 0));

        assertEquals(List.of("Month", "Held", "Expected", "2026-01", "2026-02", "2026-03", "2026-04"),
                elements(chart, "th").stream().map(Element::getTextContent).toList());
        assertEquals(List.of("0", "1", "1", "2", "2", "3", "4", "4"),
                elements(chart, "td").stream().map(Element::getTextContent).toList());
        assertEquals("Figures", elements(chart, "summary").get(0).getTextContent());
        assertFalse(elements(chart, "details").get(0).hasAttribute("open"));

        Chart exported = new Chart("T", "Month", List.of("2026-01"), List.of(Series.counts("Held", ChartColours.HELD, List.of(1))),
                "", "Figures", true);
        assertEquals("open", elements(xml(Charts.bars("d", exported)), "details").get(0).getAttribute("open"));
    }

    @Test
    public void shouldEscapeEveryText() throws Exception {
        Chart chart = new Chart(HOSTILE, HOSTILE, List.of(HOSTILE), List.of(new Series(HOSTILE, ChartColours.HELD, List.of(3),
                List.of(HOSTILE))), HOSTILE, HOSTILE, false);
        List<String> outputs = List.of(Charts.bars("x\"><script>", chart), Charts.lines("x", chart, 0), Charts.sparkline("x", chart),
                Charts.stackedBar("x", HOSTILE, List.of(new Segment(HOSTILE, 2, ChartColours.HELD)), HOSTILE));
        for (String output : outputs) {
            Document document = xml(output);
            assertTrue(output, elements(document, "script").isEmpty());
            assertFalse(output, output.contains("<script"));
            assertTrue(output, document.getDocumentElement().getTextContent().contains(HOSTILE));
        }
        assertEquals("x___script_-title", svg(xml(outputs.get(0))).getAttribute("aria-labelledby"));
    }

    @Test
    public void shouldSayWhenThereIsNothingToShow() throws Exception {
        Chart zeros = months(List.of(Series.counts("Held", ChartColours.HELD, List.of(0, 0, 0, 0))));
        Chart none = new Chart("Meetings", "Month", List.of(), List.of(Series.counts("Held", ChartColours.HELD, List.of())),
                "Nothing yet.", "Figures", false);
        List<String> outputs = List.of(Charts.bars("a", zeros), Charts.bars("b", none), Charts.lines("c", none, 0),
                Charts.stackedBar("d", "Pairs by status", statuses(0, 0, 0), "Nothing yet."), Charts.sparkline("e", none));
        for (String output : outputs) {
            Document chart = xml(output);
            Element svg = svg(chart);
            assertEquals("Nothing yet.", byId(chart, svg.getAttribute("aria-describedby")).getTextContent());
            assertTrue(output, elements(chart, "polyline").isEmpty());
            assertTrue(output, elements(chart, "table").isEmpty());
            assertTrue(output, chart.getDocumentElement().getTextContent().contains("Nothing yet."));
        }
    }

    @Test
    public void shouldRefuseFiguresItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> new Series("Held", ChartColours.HELD, List.of(1, 2), List.of("1")));
        assertThrows(IllegalArgumentException.class, () -> Series.counts("Held", ChartColours.HELD, List.of(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Segment("On track", -1, ChartColours.ON_TRACK));
        assertThrows(IllegalArgumentException.class, () -> new Chart("T", "Month", List.of("2026-01"),
                List.of(Series.counts("Held", ChartColours.HELD, List.of(1, 2))), "", "", false));
    }

    @Test
    public void shouldWriteCoordinatesTheSameInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("139.09", Charts.number(139.0909));
            assertEquals("60", Charts.number(60.0));
            assertEquals("0.5", Charts.number(0.5));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
