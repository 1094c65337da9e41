package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The coordinator view's layout and the programme administration's forms in headless Chromium, in the
 * Confluence the configuration names ({@link Target}): the summary figures side by side as tiles, the
 * sorted column's arrow, dates on one line; every field's error next to its field at once, from the
 * browser's checks and from the server's; the coordinator group picked from Confluence's groups; the
 * option texts shown whole; axe-core on each of these states. Nothing is saved, so each test can run
 * again on the same Confluence. Writes {@code programmes-errors.png} among the screenshots.
 */
public class CoordinatorAndProgrammeFormsIT extends BrowserTest {

    private static final String PROGRAMME = "/plugins/servlet/mentoring/coordinator/grad";
    private static final String ADMINISTRATION = "/plugins/servlet/mentoring/programmes";

    private static WebElement element(By locator) {
        return chromium.driver.findElement(locator);
    }

    /** Left, top, right and bottom of an element in the page, in CSS pixels. */
    private static double[] box(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) ((JavascriptExecutor) chromium.driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];", element);
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** The number of lines an element's text takes. */
    private static long lines(WebElement element) {
        return (Long) ((JavascriptExecutor) chromium.driver).executeScript(
                "var range = document.createRange(); range.selectNodeContents(arguments[0]);"
                        + "var tops = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) {"
                        + " if (r.width > 0) { tops[Math.round(r.top)] = true; } });"
                        + "return Object.keys(tops).length;", element);
    }

    private void assertNoSeriousAccessibilityViolation(String state) throws Exception {
        assertEquals(state, List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
    }

    @Test
    public void shouldLayTheSummaryFiguresOutAsTilesSideBySide() throws Exception {
        chromium.signIn("carol");
        chromium.open(PROGRAMME);
        List<WebElement> tiles = chromium.driver.findElements(By.cssSelector(".mentoring-summary .mentoring-summary-figure"));
        assertEquals(20, tiles.size());

        double[] first = box(tiles.get(0));
        double[] second = box(tiles.get(1));
        assertEquals(first[1], second[1], 0.5);
        assertTrue(second[0] >= first[2]);
        for (WebElement tile : tiles) {
            double[] tileBox = box(tile);
            double[] label = box(tile.findElement(By.tagName("dt")));
            double[] value = box(tile.findElement(By.tagName("dd")));
            assertTrue(tileBox[3] - tileBox[1] < 120);
            assertTrue("the figure above its label", value[3] <= label[1] + 0.5);
        }
        assertNoSeriousAccessibilityViolation("summary");
    }

    @Test
    public void shouldShowTheSortDirectionOnTheSortedColumnHeader() throws Exception {
        chromium.signIn("carol");
        chromium.open(PROGRAMME + "?sort=mentee&order=asc");
        WebElement sorted = element(By.cssSelector("table.mentoring-pairs th[aria-sort='ascending']"));
        assertEquals("Mentee", sorted.findElement(By.tagName("a")).getText());
        WebElement arrow = sorted.findElement(By.cssSelector(".mentoring-sort-arrow"));
        assertTrue(arrow.isDisplayed());
        assertEquals("\u25B2", arrow.getText());
        assertEquals(1, chromium.driver.findElements(By.cssSelector("table.mentoring-pairs .mentoring-sort-arrow")).size());
        assertNoSeriousAccessibilityViolation("sorted ascending");

        chromium.clickToNavigate(By.linkText("Mentee"));
        WebElement descending = element(By.cssSelector("table.mentoring-pairs th[aria-sort='descending']"));
        assertEquals("\u25BC", descending.findElement(By.cssSelector(".mentoring-sort-arrow")).getText());
        assertEquals(11, chromium.driver.findElements(By.cssSelector("table.mentoring-pairs th[aria-sort='none']")).size());
    }

    @Test
    public void shouldKeepEveryDateCellOnOneLine() {
        chromium.signIn("carol");
        chromium.open(PROGRAMME);
        List<WebElement> dates = chromium.driver.findElements(By.cssSelector("table.mentoring-pairs td.mentoring-date"));
        assertEquals(6, dates.size());
        for (WebElement date : dates) {
            assertEquals(date.getText(), 1L, lines(date));
        }
    }

    /** The error shown for a field, checked to sit right under the field and to describe it. */
    private static String errorOf(String fieldId) {
        WebElement field = element(By.id(fieldId));
        WebElement error = element(By.id(fieldId + "-error"));
        assertTrue(fieldId, error.isDisplayed());
        assertEquals(fieldId, "true", field.getDomAttribute("aria-invalid"));
        assertTrue(fieldId, List.of(field.getDomAttribute("aria-describedby").split(" ")).contains(fieldId + "-error"));
        double[] fieldBox = box(fieldId.endsWith("-group") ? field.findElement(By.xpath("..")) : field);
        double[] errorBox = box(error);
        assertTrue(fieldId + " error under its field", errorBox[1] >= fieldBox[3] - 0.5 && errorBox[1] - fieldBox[3] < 60);
        return error.getText();
    }

    private static void type(String fieldId, String text) {
        WebElement field = element(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    public void shouldShowEveryFieldErrorTheBrowserFindsAtOnceNextToItsField() throws Exception {
        chromium.signIn("ada");
        chromium.open(ADMINISTRATION);
        type("new-key", "Bad Key!");
        element(By.cssSelector("form[data-method='POST'] button[type='submit']")).click();
        chromium.waitUntil(d -> d.findElement(By.id("new-key-error")).isDisplayed());

        assertEquals("The programme key must be 2 to 32 lower-case letters, digits or hyphens, starting with a letter.",
                errorOf("new-key"));
        assertEquals("Name is required.", errorOf("new-name"));
        assertEquals("Coordinator group is required.", errorOf("new-group"));
        assertEquals("new-key", chromium.driver.switchTo().activeElement().getDomAttribute("id"));
        assertFalse(element(By.cssSelector("form[data-method='POST'] .mentoring-form-error")).isDisplayed());
        assertEquals(List.of(), chromium.consoleErrors());
        assertNoSeriousAccessibilityViolation("errors found by the browser");
    }

    @Test
    public void shouldShowEveryFieldErrorTheServerFindsAtOnceNextToItsField() throws Exception {
        chromium.signIn("ada");
        chromium.open(ADMINISTRATION);
        type("new-key", "grad");
        type("new-name", "Graduates again");
        type("new-group", "no-such-group");
        element(By.id("new-name")).click();
        element(By.cssSelector("form[data-method='POST'] button[type='submit']")).click();
        chromium.waitUntil(d -> d.findElement(By.id("new-group-error")).isDisplayed());
        chromium.settle();

        assertEquals("A programme with the key grad already exists.", errorOf("new-key"));
        assertEquals("There is no Confluence group named no-such-group.", errorOf("new-group"));
        assertEquals("", element(By.id("new-name-error")).getText());
        assertEquals(null, element(By.id("new-name")).getDomAttribute("aria-invalid"));
        assertNoSeriousAccessibilityViolation("errors found by the server");
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("programmes-errors", copy.isBlank() ? null : Path.of(copy));
    }

    @Test
    public void shouldSuggestConfluenceGroupsAsTheGroupIsTypedAndFillTheFieldWithTheOnePicked() throws Exception {
        chromium.signIn("ada");
        chromium.open(ADMINISTRATION);
        WebElement group = element(By.id("new-group"));
        group.sendKeys("grad-c");
        chromium.waitUntil(d -> !d.findElements(By.cssSelector("#new-group-suggestions [data-group]")).isEmpty());
        chromium.settle();

        assertEquals(List.of("grad-coordinators"), chromium.driver.findElements(By.cssSelector("#new-group-suggestions [data-group]"))
                .stream().map(WebElement::getText).toList());
        assertEquals("true", group.getDomAttribute("aria-expanded"));
        assertNoSeriousAccessibilityViolation("group suggestions");

        group.sendKeys(Keys.ARROW_DOWN);
        assertEquals("new-group-suggestions-0", group.getDomAttribute("aria-activedescendant"));
        group.sendKeys(Keys.ENTER);
        assertEquals("grad-coordinators", group.getDomProperty("value"));
        assertEquals("false", group.getDomAttribute("aria-expanded"));
        assertFalse(element(By.id("new-group-suggestions")).isDisplayed());
        assertFalse(element(By.id("new-group-error")).isDisplayed());

        WebElement other = element(By.id("group-grad"));
        other.clear();
        other.sendKeys("lead");
        chromium.waitUntil(d -> !d.findElements(By.cssSelector("#group-grad-suggestions [data-group]")).isEmpty());
        element(By.cssSelector("#group-grad-suggestions [data-group]")).click();
        assertEquals("leaders-coordinators", other.getDomProperty("value"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldShowEveryOptionTextOfTheSelectsWhole() throws Exception {
        chromium.signIn("ada");
        chromium.open(ADMINISTRATION);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cut = (List<Map<String, Object>>) ((JavascriptExecutor) chromium.driver).executeScript(
                "var canvas = document.createElement('canvas').getContext('2d'); var cut = [];"
                        + "document.querySelectorAll('form.mentoring-programme-form select').forEach(function (select) {"
                        + " var style = getComputedStyle(select); canvas.font = style.font;"
                        + " var room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);"
                        + " Array.prototype.forEach.call(select.options, function (option) {"
                        + "  if (canvas.measureText(option.text).width > room) { cut.push({select: select.id, option: option.text}); }"
                        + " }); });"
                        + "return cut;");
        assertEquals(List.of(), cut);
        assertNoSeriousAccessibilityViolation("administration");
    }
}
