package io.mentoringspaces.browser;

import java.nio.file.Path;
import org.junit.AfterClass;
import org.junit.BeforeClass;

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
}
