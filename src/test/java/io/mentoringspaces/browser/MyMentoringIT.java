package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "My mentoring" page in headless Chromium, in the Confluence the configuration names ({@link Target}):
 * Max, who mentors Mia and Lena, reaches it from the header link and sees both pairs with their next
 * meeting due and the open action items assigned to him, linked to their meeting pages; a user without a
 * pair gets no header link. axe-core on the page. Nothing is changed. Writes {@code my-mentoring.png}
 * (copied where {@code screenshots.copy.to} says).
 */
public class MyMentoringIT extends BrowserTest {

    private static final String ROWS = "table.mentoring-my-table tbody tr";

    @Test
    public void shouldShowTheMentorHisMenteesPairsFromTheHeaderLink() throws Exception {
        chromium.signIn("max");
        chromium.open("/display/MIA");
        chromium.clickToNavigate(By.id("mentoring-my-link"));

        assertEquals("My mentoring", chromium.driver.findElement(By.cssSelector("h1")).getText());
        List<String> spaces = all(ROWS + " th").stream().map(WebElement::getText).sorted().toList();
        assertEquals(List.of("Lena\u2019s mentoring", "Mia\u2019s mentoring"), spaces);
        for (WebElement row : all(ROWS)) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals("Mentor", cells.get(0).getText());
            assertTrue(cells.get(2).getText(), !cells.get(2).getText().isBlank());
        }
        List<WebElement> items = all("ul.mentoring-my-items a");
        assertTrue("links to meeting pages with open items of Max", !items.isEmpty());
        assertTrue(items.get(0).getDomAttribute("href"), items.get(0).getDomAttribute("href").contains("/pages/viewpage.action?pageId="));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());

        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("my-mentoring", copy.isBlank() ? null : Path.of(copy));
        assertNotEquals(0L, Files.size(Path.of("target", "screenshots", "my-mentoring.png")));

        chromium.clickToNavigate(By.cssSelector(ROWS + " th a"));
        assertTrue(chromium.driver.getCurrentUrl(), chromium.driver.getCurrentUrl().contains("/display/"));
    }

    @Test
    public void shouldGiveNoHeaderLinkToAUserWithoutAPair() {
        chromium.signIn("carol");
        chromium.open("/plugins/servlet/mentoring/coordinator");
        assertEquals(List.of(), all("#mentoring-my-link"));
        assertEquals(1, all("#mentoring-coordinator-link").size());
    }
}
