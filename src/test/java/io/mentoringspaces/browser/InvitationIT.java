package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The mentor invitation banner in headless Chromium, in the Confluence the configuration names
 * ({@link Target}), on the demo's invited pair ({@link DemoData#INVITED_SPACE}): the invited mentor
 * declines with a reason; the mentee reads the reason, sees a refused name's message next to the user
 * field, and names another mentor; the new mentor accepts, the banner is gone and the pair is active,
 * and the mentor who declined can no longer open the space. axe-core checks the banner in each state.
 * The pair stays active afterwards (an invitation cannot be taken back). A screenshot shows the mentee's
 * banner after the decline ({@code invitation-banner.png}, copied to {@code screenshots.copy.to} when
 * set).
 */
public class InvitationIT extends BrowserTest {

    private static final String SPACE = "/display/" + DemoData.INVITED_SPACE;
    private static final String BANNER = "#main-content .mentoring-invitation";
    private static final String MESSAGE = BANNER + " .mentoring-invitation-message";
    private static final String NEW_MENTOR = "olivia";
    private static final String REASON = "I am away for three months from next week.";

    /** The banner's message, or an empty string while there is no banner. */
    private static String message() {
        Object text = script("var m = document.querySelector(arguments[0]); return m ? m.textContent.trim() : '';", MESSAGE);
        return String.valueOf(text);
    }

    /** Waits until the banner, replaced without a reload, says {@code expected}. */
    private static void waitForMessage(String expected) {
        chromium.waitUntil(d -> expected.equals(message()));
        chromium.settle();
    }

    private static List<String> bannerViolations() throws Exception {
        return chromium.seriousAccessibilityViolations(List.of(BANNER));
    }

    private static boolean focused(String css) {
        return Boolean.TRUE.equals(script("return document.activeElement === document.querySelector(arguments[0]);", css));
    }

    @Test
    public void shouldLetTheMentorDeclineTheMenteeNameAnotherMentorAndTheNewMentorAccept() throws Exception {
        chromium.signIn(DemoData.INVITED_MENTOR);
        chromium.open(SPACE);
        assertEquals("Tara Quinn invites you to be their mentor in this space. Accept to start the mentorship, or decline.",
                message());
        assertTrue(find(BANNER + " .mentoring-invitation-accept").isDisplayed());
        assertEquals(List.of(), bannerViolations());

        script("window.mentoringNotReloaded = true;");
        find(BANNER + " textarea[name='reason']").sendKeys(REASON);
        find(BANNER + " .mentoring-invitation-decline").click();
        waitForMessage("You declined to mentor this pair. The mentee will name another mentor.");
        assertEquals(Boolean.TRUE, script("return window.mentoringNotReloaded === true;"));
        assertTrue(all(BANNER + " .mentoring-invitation-accept").isEmpty());
        assertTrue(all(BANNER + " .mentoring-invitation-reason").isEmpty());
        assertTrue(focused(MESSAGE));
        assertEquals(List.of(), bannerViolations());
        assertEquals(List.of(), chromium.consoleErrors());

        chromium.signIn(DemoData.INVITED_MENTEE);
        chromium.open(SPACE);
        assertEquals("Ben Okafor declined the invitation to mentor you. Name another mentor.", message());
        assertEquals("Reason given: " + REASON, find(BANNER + " .mentoring-invitation-reason").getText());
        assertTrue(all(BANNER + " .mentoring-invitation-accept").isEmpty());
        assertEquals(List.of(), bannerViolations());
        String copy = System.getProperty("screenshots.copy.to", "");
        script("arguments[0].scrollIntoView({block: 'start'});", find(BANNER));
        chromium.screenshot("invitation-banner", copy.isBlank() ? null : Path.of(copy));
        assertTrue(Files.size(Path.of("target", "screenshots", "invitation-banner.png")) > 0);

        WebElement field = find(BANNER + " input[name='mentor']");
        field.sendKeys("nobody");
        find(BANNER + " .mentoring-invitation-rename button[type='submit']").click();
        chromium.waitUntil(d -> !d.findElements(By.cssSelector(BANNER + " input[name='mentor'][aria-invalid='true']")).isEmpty());
        chromium.settle();
        assertEquals("Mentor: there is no such user.", find("#" + field.getDomAttribute("id") + "-error").getText());
        assertTrue(field.getDomAttribute("aria-describedby").contains(field.getDomAttribute("id") + "-error"));
        assertTrue(focused(BANNER + " input[name='mentor']"));
        assertEquals("Ben Okafor declined the invitation to mentor you. Name another mentor.", message());
        assertEquals(List.of(), bannerViolations());
        chromium.consoleErrors();

        field.clear();
        field.sendKeys(NEW_MENTOR);
        find(BANNER + " .mentoring-invitation-rename button[type='submit']").click();
        waitForMessage("Waiting for Olivia Grant to accept the invitation to mentor you.");
        assertTrue(all(BANNER + " input[name='mentor']").isEmpty());
        assertTrue(all(BANNER + " .mentoring-invitation-reason").isEmpty());
        assertEquals(List.of(), bannerViolations());
        assertEquals(List.of(), chromium.consoleErrors());

        chromium.signIn(NEW_MENTOR);
        chromium.open(SPACE);
        assertEquals("Tara Quinn invites you to be their mentor in this space. Accept to start the mentorship, or decline.",
                message());
        assertTrue(all(BANNER + " .mentoring-invitation-reason").isEmpty());
        assertEquals(List.of(), bannerViolations());
        find(BANNER + " .mentoring-invitation-accept").click();
        chromium.waitUntil(d -> d.findElements(By.cssSelector(BANNER)).isEmpty());
        chromium.settle();
        assertEquals(List.of(), chromium.consoleErrors());
        chromium.reload();
        assertTrue(all(BANNER).isEmpty());
        assertTrue(find("#main-content").getText().contains("Mentee checklist"));

        chromium.signIn(DemoData.INVITED_MENTEE);
        chromium.open(SPACE);
        assertTrue(all(BANNER).isEmpty());
        chromium.open("/plugins/servlet/mentoring/my");
        WebElement pair = chromium.driver.findElements(By.cssSelector("table.mentoring-my-table tbody tr")).stream()
                .filter(row -> row.getText().contains("Tara\u2019s mentoring")).findFirst().orElseThrow();
        assertFalse(pair.getText(), pair.getText().contains("Invited"));

        chromium.signIn(DemoData.INVITED_MENTOR);
        chromium.open(SPACE);
        assertEquals("Not permitted", find("h1").getText());
        assertTrue(all(BANNER).isEmpty());
    }
}
