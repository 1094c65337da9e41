package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Closing and reopening a mentorship in headless Chromium, in the Confluence the configuration names
 * ({@link Target}), on the demo's closed pair ({@link DemoData#CLOSED_SPACE}): the space home says when the
 * mentorship closed and links its closing review; the mentee reopens it there without a reload, writes a
 * new closing review from the space home's button (Create dialog, editor) and closes the mentorship again
 * from it, and the programme's coordinator finds the pair closed today. axe-core checks the closing in each
 * state. The pair ends closed, as the demo has it, closed today. A screenshot shows the demo's closing review ({@code closing-review.png}, copied to
 * {@code screenshots.copy.to} when set).
 */
public class ClosingIT extends BrowserTest {

    private static final String SPACE = "/display/" + DemoData.CLOSED_SPACE;
    private static final String CLOSING = "#main-content .mentoring-closing";
    /** Days as the demo's users read them: the app's medium date format in their language, British English. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    /** The closing's state line, or an empty string while it has none (the mentorship is not closed). */
    private static String state() {
        Object text = script("var s = document.querySelector(arguments[0]); return s ? s.textContent.trim() : '';",
                CLOSING + " .mentoring-closing-state");
        return String.valueOf(text);
    }

    private static List<String> closingViolations() throws Exception {
        return chromium.seriousAccessibilityViolations(List.of(CLOSING));
    }

    private static String closedText(LocalDate day) {
        return "This mentorship was closed on " + DAY.format(day) + " by Ruth Adler. Its plan and figures are kept as they were "
                + "that day.";
    }

    @Test
    public void shouldReopenTheClosedMentorshipWriteANewClosingReviewAndCloseItAgain() throws Exception {
        LocalDate closedDay = LocalDate.now().minusWeeks(10);
        chromium.signIn(DemoData.CLOSED_MENTEE);
        chromium.open(SPACE);
        assertEquals("This mentorship was closed on " + DAY.format(closedDay) + " by Ruth Adler; its figures are those of that day. "
                + "Read the closing review", find("#main-content .mentoring-meetings-closed").getText());
        assertTrue(all("#main-content button.mentoring-new-meeting").isEmpty());

        chromium.clickToNavigate(By.cssSelector("#main-content .mentoring-meetings-closed a"));
        assertEquals(closedText(closedDay), state());
        assertEquals("2 of 3 goals achieved; 7 meetings held since " + DAY.format(LocalDate.now().minusMonths(10)) + ".",
                find(CLOSING + " .mentoring-closing-summary").getText());
        assertEquals(List.of("Run a calm team meeting", "Hold difficult conversations"),
                all(CLOSING + " .mentoring-closing-achieved li").stream().map(WebElement::getText).toList());
        assertEquals(List.of(), closingViolations());
        String copy = System.getProperty("screenshots.copy.to", "");
        script("window.scrollTo(0, 0);");
        chromium.screenshot("closing-review", copy.isBlank() ? null : Path.of(copy));
        assertTrue(Files.size(Path.of("target", "screenshots", "closing-review.png")) > 0);

        script("window.mentoringNotReloaded = true;");
        find(CLOSING + " .mentoring-closing-reopen").click();
        chromium.waitUntil(d -> !d.findElements(By.cssSelector(CLOSING + " .mentoring-closing-close")).isEmpty());
        chromium.settle();
        assertEquals(Boolean.TRUE, script("return window.mentoringNotReloaded === true;"));
        assertEquals("", state());
        assertEquals(List.of(), closingViolations());
        assertEquals(List.of(), chromium.consoleErrors());

        chromium.open(SPACE);
        assertTrue(all("#main-content .mentoring-meetings-closed").isEmpty());
        chromium.clickToNavigate(By.cssSelector("#main-content button.mentoring-new-closing-review"));
        chromium.clickToNavigate(By.cssSelector(".create-dialog-create-button"));
        if (!chromium.driver.findElements(By.id("rte-button-publish")).isEmpty()) {
            chromium.clickToNavigate(By.id("rte-button-publish"));
        }
        assertEquals("Closing review " + LocalDate.now(), find("#title-text").getText().strip());
        find(CLOSING + " .mentoring-closing-close").click();
        chromium.waitUntil(d -> closedText(LocalDate.now()).equals(state()));
        chromium.settle();
        assertTrue(all(CLOSING + " .mentoring-closing-close").isEmpty());
        assertEquals(List.of(), closingViolations());
        assertEquals(List.of(), chromium.consoleErrors());

        chromium.open(SPACE);
        assertTrue(find("#main-content .mentoring-meetings-closed").getText().startsWith(
                "This mentorship was closed on " + DAY.format(LocalDate.now()) + " by Ruth Adler"));

        chromium.signIn("carol");
        chromium.open("/plugins/servlet/mentoring/coordinator/leaders?status=closed");
        List<String> closedPairs = all("table.mentoring-pairs tbody tr").stream()
                .map(row -> row.findElement(By.cssSelector("td:first-child")).getText() + ": "
                        + row.findElement(By.cssSelector("td:last-child")).getText())
                .toList();
        // The status lozenge is written in capitals by AUI's style.
        assertEquals(List.of(DemoData.CLOSED_SPACE + ": CLOSED on " + DAY.format(LocalDate.now())), closedPairs);
    }
}
