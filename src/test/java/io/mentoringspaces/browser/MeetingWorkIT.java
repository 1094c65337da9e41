package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The work between meetings in headless Chromium, in the Confluence the configuration names
 * ({@link Target}): on the latest meeting page the mentee ticks an open action item of an earlier
 * meeting, which leaves the list without a reload; on the growth plan the mentor changes a development
 * activity's status, which the activity shows at once with who set it. Each writes a screenshot for the
 * README (copied where {@code screenshots.copy.to} says).
 */
public class MeetingWorkIT extends BrowserTest {

    private static final String ITEMS = "#main-content .mentoring-action-items";
    private static final String ACTIVITY = "#main-content .mentoring-activity";

    private static String view(String space, String role) {
        return "/pages/viewpage.action?pageId=" + target.page(space, role);
    }

    private static void scrollTo(String css) {
        ((JavascriptExecutor) chromium.driver).executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
                css);
    }

    private static Path copy() {
        String copy = System.getProperty("screenshots.copy.to", "");
        return copy.isBlank() ? null : Path.of(copy);
    }

    @Test
    public void shouldCompleteAnOpenActionItemOfAnEarlierMeetingFromTheLatestMeeting() throws Exception {
        chromium.signIn("mia");
        chromium.open(view("MIA", "latest-meeting"));
        List<WebElement> boxes = all(ITEMS + " input.mentoring-action-tick");
        assertTrue("open items of earlier meetings: " + boxes.size(), boxes.size() >= 2);
        assertTrue(all(ITEMS + " .mentoring-action-meeting").get(0).getText().startsWith("From the meeting of "));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        scrollTo(ITEMS);
        chromium.screenshot("action-items", copy());
        assertNotEquals(0L, Files.size(Path.of("target", "screenshots", "action-items.png")));
        String ticked = boxes.get(0).getDomAttribute("value");
        int before = boxes.size();
        ((JavascriptExecutor) chromium.driver).executeScript("window.mentoringNotReloaded = true;");

        boxes.get(0).click();
        chromium.waitUntil(d -> all(ITEMS + " input.mentoring-action-tick").size() == before - 1);

        assertEquals(List.of(), all(ITEMS + " input[value='" + ticked + "']"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) chromium.driver).executeScript("return window.mentoringNotReloaded === true;"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldChangeAnActivitysStatusFromTheGrowthPlan() throws Exception {
        chromium.signIn("max");
        chromium.open(view("MIA", "growth-plan"));
        List<WebElement> activities = all(ACTIVITY);
        assertEquals(3, activities.size());
        WebElement select = activities.get(2).findElement(By.cssSelector("select.mentoring-activity-status"));
        String next = "in-progress".equals(new Select(select).getFirstSelectedOption().getDomAttribute("value")) ? "done"
                : "in-progress";

        new Select(select).selectByValue(next);
        chromium.waitUntil(d -> all(ACTIVITY).size() == 3 && all(ACTIVITY).get(2).findElement(By.cssSelector("select"))
                .getDomAttribute("title") != null);

        WebElement changed = all(ACTIVITY).get(2).findElement(By.cssSelector("select"));
        assertEquals(next, new Select(changed).getFirstSelectedOption().getDomAttribute("value"));
        assertTrue(changed.getDomAttribute("title"), changed.getDomAttribute("title").startsWith("Set by Max Berger on "));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());
        scrollTo(ACTIVITY);
        chromium.screenshot("activities", copy());
    }
}
