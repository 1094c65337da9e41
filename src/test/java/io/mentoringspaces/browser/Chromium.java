package io.mentoringspaces.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (system properties {@code chromium.binary} and {@code chromedriver.path}
 * name others), so nothing is downloaded at run time; a fresh profile and download folder. Logs in
 * through Confluence's login form, runs axe-core from {@code node_modules} in a page, reads the browser
 * console, takes screenshots.
 *
 * <p>Nothing is read from a page before it has settled ({@link #settle()}): loaded, every request its
 * scripts sent answered, and its DOM left alone by them for a while, measured inside the page.
 * Whatever leads to another page waits until that page has replaced the old one and settled, so that
 * nothing of the old page (or of a page still being replaced) is ever read.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium's notice that it has no DevTools bindings for this Chromium: the tests use none. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--window-size=1280,1000");
    /** How long a page must be left alone by its scripts to count as settled. */
    private static final int QUIET_MILLIS = 150;
    /** The longest a page, an axe-core run or a condition may take (a failing test, never a slow pass). */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * Runs in every document before its own scripts: counts the requests its scripts have under way
     * (XMLHttpRequest, fetch) and every change of its DOM.
     */
    private static final String TRACKER = """
            (function () {
                'use strict';
                if (window.__settle) {
                    return;
                }
                var state = window.__settle = {pending: 0, changes: 0};
                function finished() {
                    state.pending--;
                }
                var send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function () {
                    state.pending++;
                    this.addEventListener('loadend', finished);
                    try {
                        return send.apply(this, arguments);
                    } catch (e) {
                        this.removeEventListener('loadend', finished);
                        finished();
                        throw e;
                    }
                };
                if (window.fetch) {
                    var fetch = window.fetch;
                    window.fetch = function () {
                        state.pending++;
                        return fetch.apply(this, arguments).finally(finished);
                    };
                }
                new MutationObserver(function (records) {
                    state.changes += records.length;
                }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
            }());
            """;
    /**
     * Calls back once the document is complete, its fonts are loaded, no request is under way and its
     * DOM has not changed between two looks {@code QUIET_MILLIS} apart. The looks are the page's own
     * timers, so a change a script scheduled for sooner always comes first, however slow the machine.
     */
    private static final String SETTLE = """
            var done = arguments[arguments.length - 1];
            var quiet = arguments[0];
            var state = window.__settle;
            if (!state) {
                done('error: the page was loaded before its requests and changes could be counted');
                return;
            }
            var seen = -1;
            function look() {
                var idle = document.readyState === 'complete' && state.pending === 0;
                if (idle && state.changes === seen) {
                    done('settled');
                    return;
                }
                seen = idle ? state.changes : -1;
                setTimeout(look, quiet);
            }
            (document.fonts ? document.fonts.ready : Promise.resolve()).then(function () {
                setTimeout(look, quiet);
            });
            """;
    /** Runs axe-core on the document or on the parts the selectors pick; answers its violations, or how it failed. */
    private static final String AXE = """
            var done = arguments[arguments.length - 1];
            var include = arguments[0];
            var context = include.length === 0 ? document : {include: include.filter(function (selector) {
                return document.querySelector(selector) !== null;
            }).map(function (selector) {
                return [selector];
            })};
            if (context !== document && context.include.length === 0) {
                done('[]');
                return;
            }
            var before = window.__settle.changes;
            axe.run(context, {resultTypes: ['violations']}).then(function (result) {
                done(window.__settle.changes === before ? JSON.stringify(result.violations)
                        : 'error: the page changed while axe-core ran');
            }).catch(function (e) {
                done('error: ' + e);
            });
            """;

    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;
    private final String axe;
    private final Function<String, String> passwords;
    private String signedIn;

    /**
     * A browser for the Confluence at {@code base} (its base URL, context path included), where each
     * user logs in with the password {@code passwords} gives.
     */
    Chromium(String base, Function<String, String> passwords, Path nodeModules) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.passwords = passwords;
        axe = Files.readString(nodeModules.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        profile = Files.createTempDirectory("browser-tests-profile");
        downloads = Files.createTempDirectory("browser-tests-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        DEVTOOLS.setLevel(Level.SEVERE);
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRACKER));
        driver = chrome;
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    /** Opens a path of Confluence (below its base URL), waits until it has settled and forgets the console messages of earlier pages. */
    void open(String path) {
        driver.get(base + path);
        settle();
        consoleErrors();
    }

    /** Reloads the page and waits until it has settled. */
    void reload() {
        markDocument();
        driver.navigate().refresh();
        waitForAnotherDocument();
        settle();
    }

    /**
     * Logs {@code user} in through Confluence's login form, after logging whoever was signed in out
     * ({@code ""}: nobody stays signed in).
     */
    void signIn(String user) {
        if (user.equals(signedIn)) {
            return;
        }
        open("/logout.action");
        signedIn = "";
        if (user.isEmpty()) {
            return;
        }
        open("/login.action");
        driver.findElement(By.id("os_username")).sendKeys(user);
        driver.findElement(By.id("os_password")).sendKeys(passwords.apply(user));
        clickToNavigate(By.id("loginButton"));
        signedIn = user;
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one and settled,
     * so that nothing of the old page is read afterwards.
     */
    void clickToNavigate(By locator) {
        markDocument();
        driver.findElement(locator).click();
        waitForAnotherDocument();
        settle();
    }

    /** Marks the current document's window, which the next document does not inherit. */
    private void markDocument() {
        ((JavascriptExecutor) driver).executeScript("window.mentoringOldDocument = true;");
    }

    /**
     * Waits until another document has replaced the marked one. Asking whether the old page's element
     * has gone stale is not enough: while Chrome swaps the documents it may answer that question with
     * "Node with given id does not belong to the document" instead, so this asks the current window
     * instead, and a question Chrome cannot answer in the middle of the swap is asked again.
     */
    private void waitForAnotherDocument() {
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return window.mentoringOldDocument === undefined;")));
    }

    /**
     * Clicks what shows {@code shown}, in this page or another, and waits until it is displayed and
     * its page has settled.
     */
    void clickToShow(By locator, By shown) {
        driver.findElement(locator).click();
        waitUntil(d -> d.findElement(shown).isDisplayed());
        settle();
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(condition::apply);
    }

    /**
     * Waits until the current page has settled: loaded, no request of its scripts under way, its DOM
     * quiet (see {@link #SETTLE}).
     */
    void settle() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(SETTLE, QUIET_MILLIS);
        if (!"settled".equals(result)) {
            throw new IllegalStateException("The page did not settle: " + result);
        }
    }

    /** Severe console messages since the last call: script errors, failed requests. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * axe-core's violations of impact serious or critical on the current page, once it has settled:
     * "rule (impact): target, ...". Only the parts {@code include} picks are checked (none given: the
     * whole document); a page where none of them is checks nothing.
     */
    List<String> seriousAccessibilityViolations(List<String> include) throws IOException {
        settle();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        String json = String.valueOf(js.executeAsyncScript(AXE, include));
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(json)) {
            String impact = violation.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                found.add(violation.path("id").asText() + " (" + impact + "): " + String.join(", ", targets));
            }
        }
        return found;
    }

    /** A screenshot of the settled window under {@code target/screenshots}, and a copy in {@code copyTo} when given. */
    void screenshot(String name, Path copyTo) {
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            settle();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            if (copyTo != null) {
                Files.createDirectories(copyTo);
                Files.copy(shot.toPath(), copyTo.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteTree(profile);
        deleteTree(downloads);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
