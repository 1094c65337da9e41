package io.mentoringspaces.browser;

import java.nio.file.Path;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What every browser test class starts with: the Confluence its configuration names ({@link Target})
 * and one headless Chromium signed in there as the tests ask, both closed after the class. The
 * classes run one after another, so they share these fields.
 */
public abstract class BrowserTest {

    private static final Path NODE_MODULES = Path.of("node_modules");
    protected static Target target;
    protected static Chromium chromium;

    @BeforeClass
    public static void startBrowser() throws Exception {
        target = Target.open();
        chromium = new Chromium(target.baseUrl(), target::password, NODE_MODULES);
    }

    @AfterClass
    public static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (target != null) {
            target.close();
            target = null;
        }
    }

    /** Runs the script in the page with its {@code arguments}, answering what it returns. */
    protected static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) chromium.driver).executeScript(script, arguments);
    }

    /** The first element the CSS selector finds; fails when there is none. */
    protected static WebElement find(String css) {
        return chromium.driver.findElement(By.cssSelector(css));
    }

    /** Every element the CSS selector finds, in document order. */
    protected static List<WebElement> all(String css) {
        return chromium.driver.findElements(By.cssSelector(css));
    }
}
