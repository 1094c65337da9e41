package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The charts in headless Chromium on the demo: the programme's pairs by status and meetings per month
 * on the coordinator view, a goal's progress over time on its card, the meetings held and expected on
 * a space's Meetings page. Each is drawn (an SVG the browser lays out at its size), named by its
 * caption, and passes axe-core with its figures table open too; a screenshot shows the coordinator's
 * charts ({@code coordinator-charts.png}, copied to {@code screenshots.copy.to} when set).
 */
public class ChartsIT extends BrowserTest {

    private static final String COORDINATOR_GRAD = "/plugins/servlet/mentoring/coordinator/grad";

    private static String view(String space, String role) {
        return "/pages/viewpage.action?pageId=" + target.page(space, role);
    }

    /** Every chart matching the selector is drawn: displayed, laid out at a size, and named by its caption. */
    private static int assertDrawn(String figures) {
        List<WebElement> charts = all(figures);
        for (WebElement figure : charts) {
            WebElement svg = figure.findElement(By.tagName("svg"));
            assertTrue(figures, svg.isDisplayed());
            assertTrue(figures, svg.getSize().getWidth() > 0 && svg.getSize().getHeight() > 0);
            assertEquals("img", svg.getAttribute("role"));
            String name = (String) ((JavascriptExecutor) chromium.driver).executeScript(
                    "return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent;", svg);
            assertEquals(figure.findElement(By.tagName("figcaption")).getText(), name);
        }
        return charts.size();
    }

    private static void openEveryFiguresTable() {
        ((JavascriptExecutor) chromium.driver).executeScript(
                "document.querySelectorAll('details.mentoring-chart-figures').forEach(function (d) { d.open = true; });");
        chromium.settle();
    }

    @Test
    public void shouldDrawTheProgrammesPairsByStatusMeetingsPerMonthAndGoalsAchievedWithTheSummarysFigures() {
        chromium.signIn("carol");
        chromium.open(COORDINATOR_GRAD);

        assertEquals(3, assertDrawn(".mentoring-charts figure.mentoring-chart"));
        assertEquals(1, all(".mentoring-charts .mentoring-chart-lines svg polyline").size());
        List<String> summary = all(".mentoring-summary dd").stream().map(WebElement::getText).toList();
        List<String> legend = all(".mentoring-chart-stacked li").stream().map(WebElement::getText).toList();
        List<Integer> figures = summary.subList(0, 6).stream().map(Integer::parseInt).toList();
        int invited = figures.get(1) - figures.get(2) - figures.get(3) - figures.get(4);
        assertEquals(List.of("On track: " + summary.get(2), "At risk: " + summary.get(3), "Stalled: " + summary.get(4),
                "Invited: " + invited, "Closed: " + summary.get(5), "Ended: " + (figures.get(0) - figures.get(1) - figures.get(5))),
                legend);
        double drawn = all(".mentoring-chart-stacked svg rect").stream()
                .mapToDouble(r -> Double.parseDouble(r.getAttribute("width"))).sum();
        assertEquals(480, drawn, 0.01);
        assertTrue(all(".mentoring-chart-bars svg rect").size() > 1);
    }

    @Test
    public void shouldDrawEachGoalsProgressAndTheMeetingsHeldAndExpected() {
        chromium.signIn("mia");
        chromium.open(view("MIA", "growth-plan"));
        assertTrue(assertDrawn(".mentoring-goal figure.mentoring-chart-sparkline") > 0);

        chromium.open(view("MIA", "meetings"));
        assertEquals(1, assertDrawn(".mentoring-meetings figure.mentoring-chart-lines"));
        assertEquals(2, all(".mentoring-chart-lines svg polyline").size());
    }

    @Test
    public void shouldFindNoSeriousOrCriticalAccessibilityViolationWithTheChartsAndTheirFiguresShown() throws Exception {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("carol coordinator grad", new String[] {"carol", COORDINATOR_GRAD});
        pages.put("mia growth plan", new String[] {"mia", view("MIA", "growth-plan")});
        pages.put("mia meetings", new String[] {"mia", view("MIA", "meetings")});
        pages.put("mia meeting", new String[] {"mia", view("MIA", "latest-meeting")});
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            chromium.signIn(page.getValue()[0]);
            chromium.open(page.getValue()[1]);
            assertTrue(page.getKey(), !all(".mentoring-chart").isEmpty());
            for (boolean opened : new boolean[] {false, true}) {
                if (opened) {
                    openEveryFiguresTable();
                }
                for (String violation : chromium.seriousAccessibilityViolations(target.axeInclude())) {
                    violations.add(page.getKey() + (opened ? " (figures open)" : "") + ": " + violation);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    public void shouldWriteAScreenshotOfTheCoordinatorsCharts() throws Exception {
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.signIn("carol");
        chromium.open(COORDINATOR_GRAD);
        ((JavascriptExecutor) chromium.driver).executeScript(
                "document.querySelector('.mentoring-charts').scrollIntoView({block: 'start'});");
        chromium.screenshot("coordinator-charts", copy.isBlank() ? null : Path.of(copy));
        assertNotEquals(0L, Files.size(Path.of("target", "screenshots", "coordinator-charts.png")));
    }
}
