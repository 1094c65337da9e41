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
 * Writing goals in the sandbox's page editor, in headless Chromium: a mentee opens the editor of the
 * growth plan from its Edit button, adds a goal macro in storage format, saves and sees the new goal
 * card; storage format that is not well-formed is refused with a message and the text stays in the
 * editor. axe-core finds no serious or critical violation on the editor, before and after a refusal;
 * the refused state is written as the screenshot {@code page-editor} (copied to {@code screenshots.copy.to}
 * when set).
 * The editor is the sandbox's own (a real Confluence has its rich-text editor instead), so these tests
 * run against the sandbox. They work in the space LENA, which the screenshots do not show, and can run
 * again on the same sandbox.
 */
public class PageEditorIT extends BrowserTest {

    private static final By EDITOR = By.id("site-editor-content");
    private static final By SAVE = By.id("rte-button-publish");

    private static void openGrowthPlanEditor() {
        chromium.signIn("lena");
        chromium.open("/pages/viewpage.action?pageId=" + target.page("LENA", "growth-plan"));
        chromium.clickToNavigate(By.id("editPageLink"));
    }

    /** Types {@code storage} at the end of the editor's text. */
    private static void append(String storage) {
        WebElement editor = chromium.driver.findElement(EDITOR);
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys(storage);
    }

    @Test
    public void shouldShowTheGoalCardOfAGoalMacroAddedToTheGrowthPlanInTheEditor() throws Exception {
        String title = "Present the quarterly figures, take " + System.currentTimeMillis();
        openGrowthPlanEditor();
        assertTrue(chromium.driver.findElement(EDITOR).getDomProperty("value").contains("ac:name=\"mentoring-goal\""));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));

        append("<ac:structured-macro ac:name=\"mentoring-goal\"><ac:parameter ac:name=\"title\">" + title
                + "</ac:parameter><ac:parameter ac:name=\"target\">One quarterly review presented</ac:parameter>"
                + "<ac:rich-text-body><ul><li>Draft the slides</li></ul></ac:rich-text-body></ac:structured-macro>");
        chromium.clickToNavigate(SAVE);

        List<String> titles = chromium.driver.findElements(By.cssSelector("#main-content .mentoring-goal-title")).stream()
                .map(WebElement::getText).toList();
        assertTrue(titles.toString(), titles.contains(title));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldRefuseStorageFormatThatIsNotWellFormedAndKeepTheTextInTheEditor() throws Exception {
        openGrowthPlanEditor();
        String before = chromium.driver.findElement(EDITOR).getDomProperty("value");

        append("<p>An unclosed paragraph");
        chromium.clickToNavigate(SAVE);

        assertTrue(chromium.driver.findElement(By.id("site-editor-error")).getText()
                .startsWith("Not saved: this is not well-formed storage format"));
        assertEquals(before + "<p>An unclosed paragraph", chromium.driver.findElement(EDITOR).getDomProperty("value"));
        assertEquals(List.of(), chromium.seriousAccessibilityViolations(target.axeInclude()));
        assertEquals(List.of(), chromium.consoleErrors());
        String copy = System.getProperty("screenshots.copy.to", "");
        chromium.screenshot("page-editor", copy.isBlank() ? null : Path.of(copy));
    }
}
