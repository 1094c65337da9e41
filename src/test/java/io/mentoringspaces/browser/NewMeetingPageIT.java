package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The space home's button for the next meeting page in headless Chromium, in the Confluence the
 * configuration names ({@link Target}): it opens the Create dialog of the meeting blueprint, and the
 * page it creates lands below the space's Meetings page, not below the home page. It creates one
 * meeting page in Noah's space, which no other browser test reads.
 */
public class NewMeetingPageIT extends BrowserTest {

    private static String text(By locator) {
        return chromium.driver.findElement(locator).getText().strip();
    }

    @Test
    public void shouldCreateTheMeetingPageFromTheSpaceHomeBelowTheMeetingsPage() throws Exception {
        chromium.signIn("noah");
        chromium.open("/pages/viewpage.action?pageId=" + target.page("NOAH", "meetings"));
        String meetings = text(By.id("title-text"));
        chromium.open("/display/NOAH");
        WebElement button = chromium.driver.findElement(By.cssSelector("#main-content button.mentoring-new-meeting"));
        assertEquals(String.valueOf(target.page("NOAH", "meetings")), button.getDomAttribute("data-parent-page-id"));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));

        chromium.clickToNavigate(By.cssSelector("#main-content button.mentoring-new-meeting"));
        chromium.driver.findElement(By.id("mentoring-aims")).sendKeys("Agree the next step.");
        chromium.clickToNavigate(By.cssSelector(".create-dialog-create-button"));
        if (!chromium.driver.findElements(By.id("rte-button-publish")).isEmpty()) {
            chromium.clickToNavigate(By.id("rte-button-publish"));
        }

        assertTrue(text(By.id("title-text")), text(By.id("title-text")).contains("Mentoring meeting"));
        List<WebElement> crumbs = chromium.driver.findElements(By.cssSelector(".aui-nav-breadcrumbs li, #breadcrumbs li"));
        assertEquals("the new page's parent", meetings, crumbs.get(crumbs.size() - 1).getText().strip());
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
