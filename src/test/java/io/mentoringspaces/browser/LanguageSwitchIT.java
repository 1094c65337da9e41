package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A user switches their language to German in the test Confluence (as in their profile settings in
 * Confluence) and sees the app in German: the mentee's space home with its macros, texts, dates and
 * numbers, and the coordinator view; axe-core finds no serious or critical violation on those pages.
 * Each test switches back to English at its end, so that it can run again on the same Confluence.
 */
public class LanguageSwitchIT extends BrowserTest {

    /** A day as German medium style writes it. */
    private static final String GERMAN_DATE = ".*\\d{2}\\.\\d{2}\\.\\d{4}.*";

    private static void chooseLanguage(String label) {
        new Select(chromium.driver.findElement(By.id("site-language"))).selectByVisibleText(label);
        chromium.clickToNavigate(By.id("site-switch-language"));
    }

    private static String text(String selector) {
        return chromium.driver.findElement(By.cssSelector(selector)).getText();
    }

    @Test
    public void shouldShowTheSpaceHomeInGermanAfterSwitchingLanguage() throws Exception {
        chromium.signIn("sofia");
        chromium.open("/display/SOFIA");
        assertEquals("Meeting timeline", text("#main-content .mentoring-meetings-title"));
        try {
            chooseLanguage("Deutsch");

            assertEquals("de-DE", chromium.driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Zeitleiste der Treffen", text("#main-content .mentoring-meetings-title"));
            assertTrue(text("#main-content .mentoring-meetings"), text("#main-content .mentoring-meetings")
                    .contains("N\u00e4chstes Treffen f\u00e4llig: "));
            assertTrue(text("#main-content .mentoring-timeline-date"), text("#main-content .mentoring-timeline-date")
                    .matches(GERMAN_DATE));
            String checklist = text("#main-content .mentoring-checklist .mentoring-progress-label");
            assertTrue(checklist, checklist.matches("\\d+ von \\d+ erledigt \\(\\d+[ \u00a0]%\\)"));
            assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        } finally {
            chooseLanguage("English");
        }
        assertEquals("Meeting timeline", text("#main-content .mentoring-meetings-title"));
    }

    @Test
    public void shouldShowTheCoordinatorViewInGermanAfterSwitchingLanguage() throws Exception {
        chromium.signIn("carol");
        chromium.open("/plugins/servlet/mentoring/coordinator");
        try {
            chooseLanguage("Deutsch");
            chromium.clickToNavigate(By.cssSelector("table.mentoring-programmes tbody a"));

            assertEquals("Startdatum", text("table.mentoring-pairs th:nth-child(4)"));
            assertTrue(text("table.mentoring-pairs tbody td:nth-child(4)"),
                    text("table.mentoring-pairs tbody td:nth-child(4)").matches(GERMAN_DATE));
            assertTrue(text(".mentoring-pagination"), text(".mentoring-pagination").matches("\\d+\u2013\\d+ von \\d+ Tandems.*"));
            assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        } finally {
            chooseLanguage("English");
        }
        assertEquals("Start date", text("table.mentoring-pairs th:nth-child(4)"));
    }
}
