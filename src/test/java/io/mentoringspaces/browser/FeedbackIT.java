package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Feedback both ways and the meeting record in headless Chromium, in the Confluence the configuration
 * names ({@link Target}): the mentee gives the session a pulse and marks a suggestion of the mentor
 * applied on the latest meeting page, in place; the Feedback log lists both sides' feedback across
 * meetings; an old meeting page shows the goals as they stood then. Changes are made in Sofia's space,
 * which no other screenshot shows; a screenshot shows the feedback of that meeting
 * ({@code meeting-feedback.png}, copied to {@code screenshots.copy.to} when set).
 */
public class FeedbackIT extends BrowserTest {

    private static String view(String space, String role) {
        return "/pages/viewpage.action?pageId=" + target.page(space, role);
    }

    private static WebElement first(String css) {
        return chromium.driver.findElement(By.cssSelector(css));
    }

    @Test
    public void shouldGiveAPulseAndMarkASuggestionAppliedInPlace() throws Exception {
        chromium.signIn("sofia");
        chromium.open(view("SOFIA", "latest-meeting"));

        first(".mentoring-feedback-mentee button.mentoring-pulse-value[value='4']").click();
        chromium.waitUntil(d -> first(".mentoring-feedback-mentee .mentoring-pulse-given").getText().startsWith("4 of 5"));
        assertEquals("true", first(".mentoring-feedback-mentee button.mentoring-pulse-value[value='4']").getAttribute("aria-pressed"));

        new Select(first(".mentoring-feedback-mentor select.mentoring-mark")).selectByValue("applied");
        chromium.waitUntil(d -> !d.findElements(By.cssSelector(".mentoring-feedback-mentor .mentoring-suggestion.mentoring-mark-applied"))
                .isEmpty());
        chromium.settle();
        assertEquals("applied", new Select(first(".mentoring-feedback-mentor select.mentoring-mark")).getFirstSelectedOption()
                .getAttribute("value"));

        chromium.reload();
        assertTrue(first(".mentoring-feedback-mentee .mentoring-pulse-given").getText().startsWith("4 of 5"));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        String copy = System.getProperty("screenshots.copy.to", "");
        script("document.querySelector('.mentoring-feedback-mentee').scrollIntoView({block: 'start'});");
        chromium.screenshot("meeting-feedback", copy.isBlank() ? null : Path.of(copy));
        assertTrue(Files.size(Path.of("target", "screenshots", "meeting-feedback.png")) > 0);
    }

    @Test
    public void shouldListBothSidesFeedbackAcrossMeetingsOnTheFeedbackLog() throws Exception {
        chromium.signIn("mia");
        chromium.open(view("MIA", "feedback-log"));

        List<WebElement> entries = chromium.driver.findElements(By.cssSelector("#main-content .mentoring-feedback-log-entry"));
        assertTrue(entries.size() > 1);
        String log = first("#main-content .mentoring-feedback-log").getText();
        assertTrue(log, log.contains("The mentee\u2019s feedback to the mentor") && log.contains("pulse"));
        assertFalse(first("#main-content .mentoring-feedback-log-suggestions li").getText().isBlank());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
    }

    @Test
    public void shouldShowAnOldMeetingsGoalsAsTheyStoodThen() throws Exception {
        chromium.signIn("mia");
        chromium.open(view("MIA", "meetings"));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) script("return Array.from(document.querySelectorAll('#main-content "
                + ".mentoring-timeline-item a')).map(function (a) { return a.getAttribute('href'); });");
        chromium.driver.get(links.get(links.size() - 1));
        chromium.settle();

        assertTrue(first("#main-content .mentoring-goal-as-at").getText().startsWith("As the goals stood at this meeting"));
        assertFalse(chromium.driver.findElements(By.cssSelector("#main-content .mentoring-goal-now")).isEmpty());
        assertTrue(chromium.driver.findElements(By.cssSelector("#main-content .mentoring-goal-record form")).isEmpty());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
    }
}
