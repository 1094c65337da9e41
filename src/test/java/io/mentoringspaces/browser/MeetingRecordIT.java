package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The meeting record on a meeting page in headless Chromium, in the Confluence the configuration
 * names ({@link Target}): the demo's past meeting that nobody confirmed asks its mentee whether it
 * took place; the mentee confirms it held from the page and the state bar changes without a reload.
 * The test sets the meeting back to planned at the end, so the demo stays as it was written.
 */
public class MeetingRecordIT extends BrowserTest {

    private static final String STATE = "#main-content .mentoring-meeting .mentoring-meeting-state";

    private static List<String> buttons() {
        return chromium.driver.findElements(By.cssSelector(STATE + " .mentoring-meeting-actions button")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the page of the space's meeting the timeline labels as not confirmed after its day. */
    private static void openUnconfirmedMeeting(String space) {
        chromium.open("/pages/viewpage.action?pageId=" + target.page(space, "meetings"));
        Object href = script("var items = document.querySelectorAll('#main-content .mentoring-timeline-item');"
                + "for (var i = 0; i < items.length; i++) {"
                + "  if (items[i].querySelector(\".mentoring-state-label[data-state='planned']\")) {"
                + "    return items[i].querySelector('a').href;"
                + "  }"
                + "}"
                + "return null;");
        assertNotNull("the demo has a past meeting left unconfirmed", href);
        chromium.driver.get(String.valueOf(href));
        chromium.settle();
        chromium.consoleErrors();
    }

    @Test
    public void shouldLetTheMenteeConfirmAPastMeetingHeldFromItsPageWithoutAReload() throws Exception {
        chromium.signIn("mia");
        openUnconfirmedMeeting("MIA");
        assertTrue(find(STATE + " .mentoring-meeting-prompt").getText().startsWith("Did this meeting take place?"));
        assertEquals(List.of("Confirm held", "Cancel", "Move to a date"), buttons());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("meeting-record", copy.isBlank() ? null : Path.of(copy));
        script("window.mentoringNotReloaded = true;");

        find(STATE + " .mentoring-meeting-to[value='held']").click();
        chromium.waitUntil(d -> !d.findElements(By.cssSelector(STATE + ".mentoring-meeting-held")).isEmpty());

        assertEquals(Boolean.TRUE, script("return window.mentoringNotReloaded === true;"));
        assertTrue(find(STATE + " .mentoring-meeting-status").getText().startsWith("Meeting: held on"));
        assertTrue(chromium.driver.findElements(By.cssSelector(STATE + " .mentoring-meeting-prompt")).isEmpty());
        assertEquals(List.of("Back to planned"), buttons());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());

        find(STATE + " .mentoring-meeting-to[value='planned']").click();
        chromium.waitUntil(d -> !d.findElements(By.cssSelector(STATE + " .mentoring-meeting-prompt")).isEmpty());
        assertEquals(List.of("Confirm held", "Cancel", "Move to a date"), buttons());
    }
}
