package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.demo.DemoData;
import io.mentoringspaces.model.GoalKeys;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pair's pages in headless Chromium, in the Confluence the configuration names ({@link Target}):
 * the space home's button for the next meeting in the first screenful and a meeting due today
 * highlighted; every copy of a goal on a page updated together when the mentor agrees in one; the
 * mentee checklist shown to the mentor with its boxes disabled. The agreement is made once: the test needs a demo in which Lena's
 * focus goal is not agreed yet, as a freshly written demo (the sandbox these tests start) has it.
 */
public class PairPagesIT extends BrowserTest {

    /** The height of the first screenful at 1280 by 800 pixels. */
    private static final int FIRST_SCREENFUL = 800;

    private static String view(String space, String role) {
        return "/pages/viewpage.action?pageId=" + target.page(space, role);
    }

    @Test
    public void shouldShowTheButtonForTheNextMeetingInTheFirstScreenfulAndHighlightTheMeetingDueToday() throws Exception {
        chromium.signIn("mia");
        chromium.open("/display/MIA");

        WebElement button = chromium.driver.findElement(By.cssSelector("#main-content .mentoring-new-meeting"));
        long top = ((Number) script("return arguments[0].getBoundingClientRect().top + window.scrollY;", button)).longValue();
        assertTrue("the button's top is at " + top + " px", top < FIRST_SCREENFUL);
        WebElement due = chromium.driver.findElement(By.cssSelector("#main-content .mentoring-meetings-next.mentoring-due-today"));
        assertTrue(due.isDisplayed());
        assertEquals("Due today", due.findElement(By.cssSelector(".mentoring-due-today-label")).getDomProperty("textContent"));
        assertNotEquals("rgba(0, 0, 0, 0)", due.getCssValue("background-color"));
        assertNotEquals("0px", due.getCssValue("border-left-width"));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));

        chromium.open(view("MIA", "meetings"));
        assertEquals(1, all("#main-content .mentoring-meetings-next.mentoring-due-today").size());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldShowTheMentorsAgreementInEveryCopyOfTheGoalWithoutAReload() throws Exception {
        chromium.signIn("max");
        chromium.open(view("LENA", "growth-plan"));
        String state = "#main-content .mentoring-goal-state[data-goal-key='" + GoalKeys.fromTitle(DemoData.FOCUS_GOALS.get("LENA"))
                + "']";
        assertEquals(2, all(state).size());
        assertEquals(2, all(state + " .mentoring-agree").size());
        script("window.mentoringNotReloaded = true;");

        all(state).get(0).findElement(By.cssSelector(".mentoring-agree")).click();
        chromium.waitUntil(d -> all(state + " .mentoring-agreement-agreed").size() == 2);

        assertEquals(Boolean.TRUE, script("return window.mentoringNotReloaded === true;"));
        assertEquals(0, all(state + " .mentoring-agree").size());
        List<String> agreements = all(state + " .mentoring-agreement").stream().map(WebElement::getText).toList();
        assertEquals(agreements.get(0), agreements.get(1));
        assertTrue(agreements.get(0), agreements.get(0).contains("Max Berger"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldShowTheMentorTheMenteeChecklistWithItsBoxesDisabledAndWhy() throws Exception {
        chromium.signIn("max");
        chromium.open("/display/MIA");

        String checklist = "#main-content .mentoring-checklist[data-checklist-id='mentee']";
        List<WebElement> boxes = all(checklist + " input.mentoring-tick");
        assertEquals(10, boxes.size());
        assertEquals(List.of(), boxes.stream().filter(WebElement::isEnabled).toList());
        assertEquals("Only the mentee ticks this checklist: it is their own record of their duties.",
                chromium.driver.findElement(By.cssSelector(checklist + " .mentoring-checklist-note")).getText());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
