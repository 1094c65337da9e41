package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Creating a mentoring space through the sandbox's Create-space dialog, in headless Chromium: the
 * dialog lists the Mentoring space blueprint, whose wizard is the app's own (its Soy template compiled
 * by the Soy compiler of Confluence's generation, its scripts on the stand-in of Confluence's wizard
 * hooks); a mentor nobody is called is refused next to the field by the server's check; the space is
 * created with the wizard's fields, its home page opens, and the growth plan the wizard made takes a
 * new goal in the page editor. axe-core finds no serious or critical violation on the dialog, its
 * wizard and the wizard's refusal, which is written as the screenshot {@code create-space-dialog}
 * (copied to {@code screenshots.copy.to} when set). The dialog is the sandbox's (a real Confluence has
 * its own), so this runs against the sandbox; Otto, who has no space, creates one with a key of its own
 * each run.
 */
public class CreateSpaceDialogIT extends BrowserTest {

    private static final By MENTORING_SPACE = By.cssSelector(
            ".site-blueprint[data-item-key='io.mentoringspaces.mentoring-spaces:mentoring-space-create-item']");
    private static final By MENTOR = By.id("mentoring-mentor");
    private static final By MENTOR_ERROR = By.cssSelector("[data-mentoring-error=mentor]");
    private static final By CREATE = By.id("create-space-submit");

    private static void type(By field, String text) {
        WebElement input = chromium.driver.findElement(field);
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    @Test
    public void shouldCreateAMentoringSpaceThroughTheAppsWizardAndWriteAGoalInItsGrowthPlan() throws Exception {
        String key = "OTTO" + System.currentTimeMillis() % 1_000_000;
        chromium.signIn("otto");
        chromium.open("/");
        chromium.clickToNavigate(By.id("create-space-link"));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));

        chromium.clickToShow(MENTORING_SPACE, MENTOR);
        chromium.waitUntil(d -> !d.findElements(By.cssSelector("#mentoring-programme option")).isEmpty());
        assertEquals("otto", chromium.driver.findElement(By.id("mentoring-mentee")).getDomProperty("value"));
        type(By.id("create-space-name"), "Otto\u2019s mentoring");
        type(By.id("create-space-key"), key);
        type(MENTOR, "nobody");
        chromium.waitUntil(d -> !d.findElement(MENTOR_ERROR).getText().isEmpty());
        chromium.settle();
        assertEquals("Mentor: there is no such user.", chromium.driver.findElement(MENTOR_ERROR).getText());
        assertEquals("the server's refusal, which the browser logs", List.of(true), chromium.consoleErrors().stream()
                .map(error -> error.contains("/blueprints/mentoring-space/validation") && error.contains("400")).distinct().toList());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("create-space-dialog", copy.isBlank() ? null : Path.of(copy));

        type(MENTOR, "olivia");
        chromium.waitUntil(d -> d.findElement(MENTOR_ERROR).getText().isEmpty());
        chromium.settle();
        assertEquals("", chromium.driver.findElement(MENTOR_ERROR).getText());
        chromium.clickToNavigate(CREATE);

        assertTrue(chromium.driver.getCurrentUrl(), chromium.driver.getCurrentUrl().endsWith("/display/" + key));
        assertEquals(List.of(), chromium.consoleErrors());
        assertEquals("the home page is titled by the space's name", "Otto\u2019s mentoring", chromium.driver.findElement(By.id("title-text")).getText());
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        String goal = "Lead a retrospective";
        chromium.clickToNavigate(By.linkText("Growth plan"));
        chromium.clickToNavigate(By.id("editPageLink"));
        WebElement editor = chromium.driver.findElement(By.id("site-editor-content"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys("<ac:structured-macro ac:name=\"mentoring-goal\"><ac:parameter ac:name=\"title\">" + goal
                + "</ac:parameter></ac:structured-macro>");
        chromium.clickToNavigate(By.id("rte-button-publish"));

        List<String> titles = chromium.driver.findElements(By.cssSelector("#main-content .mentoring-goal-title")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(goal), titles);
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
