package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reminder preferences page in headless Chromium, in the Confluence the configuration names
 * ({@link Target}): Max reaches it from "My mentoring", switches a kind off (saved without a reload, kept
 * after one) and on again; a mail's stop link asks first and its one button stops the kind. axe-core on
 * the page. Each test puts back what it changed. Writes {@code notification-preferences.png} (copied
 * where {@code screenshots.copy.to} says).
 */
public class NotificationPreferencesIT extends BrowserTest {

    private static final String PAGE = "/plugins/servlet/mentoring/notifications";
    private static final By STATUS = By.cssSelector(".mentoring-notifications-status");

    private static WebElement toggle(String kind) {
        return chromium.driver.findElement(By.id("mentoring-notice-" + kind));
    }

    /** Clicks the kind's switch and waits until the page says the change is saved. */
    private static void switchAndWait(String kind, boolean on) {
        toggle(kind).click();
        chromium.waitUntil(d -> d.findElement(STATUS).getText().endsWith(on ? "switched on." : "switched off."));
        chromium.settle();
    }

    @Test
    public void shouldKeepASwitchedOffKindAfterAReload() throws Exception {
        chromium.signIn("max");
        chromium.open("/plugins/servlet/mentoring/my");
        chromium.clickToNavigate(By.cssSelector(".mentoring-my-notifications a"));
        assertEquals("Mentoring mails", chromium.driver.findElement(By.cssSelector("h1")).getText());
        assertTrue(toggle("goal-agreement").isSelected());

        switchAndWait("goal-agreement", false);
        assertEquals("\u201cGoals wait for your agreement\u201d switched off.", chromium.driver.findElement(STATUS).getText());
        chromium.reload();

        assertFalse(toggle("goal-agreement").isSelected());
        assertTrue(toggle("agenda-shared").isSelected());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("notification-preferences", copy.isBlank() ? null : Path.of(copy));
        assertNotEquals(0L, Files.size(Path.of("target", "screenshots", "notification-preferences.png")));

        switchAndWait("goal-agreement", true);
        chromium.reload();
        assertTrue(toggle("goal-agreement").isSelected());
    }

    @Test
    public void shouldStopTheKindOfAStopLinkOnlyWithItsButton() throws Exception {
        chromium.signIn("max");
        chromium.open(PAGE + "?stop=agenda-shared");
        assertEquals("Stop the mails \u201cAgenda shared\u201d? You can switch them on again on this page.",
                chromium.driver.findElement(By.cssSelector(".mentoring-stop-question")).getText());
        assertTrue("opening the link changed nothing", toggle("agenda-shared").isSelected());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));

        chromium.driver.findElement(By.cssSelector(".mentoring-stop-confirm")).click();
        chromium.waitUntil(d -> d.findElements(By.cssSelector(".mentoring-stop-confirm")).isEmpty());
        chromium.settle();

        assertEquals("The mails \u201cAgenda shared\u201d are stopped. You can switch them on again below.",
                chromium.driver.findElement(By.cssSelector(".mentoring-stop-question")).getText());
        assertFalse(toggle("agenda-shared").isSelected());
        chromium.open(PAGE);
        assertFalse(toggle("agenda-shared").isSelected());
        assertEquals(List.of(), chromium.consoleErrors());

        switchAndWait("agenda-shared", true);
    }
}
