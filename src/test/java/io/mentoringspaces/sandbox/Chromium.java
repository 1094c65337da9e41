package io.mentoringspaces.sandbox;

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
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (system properties {@code chromium.binary} and {@code chromedriver.path}
 * name others), so nothing is downloaded at run time; a fresh profile and download folder. Runs axe-core
 * from {@code node_modules} in a page, reads the browser console, takes screenshots.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium's notice that it has no DevTools bindings for this Chromium: the tests use none. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--window-size=1280,1000");

    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;
    private final String axe;

    Chromium(String base, Path nodeModules) throws IOException {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        axe = Files.readString(nodeModules.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        profile = Files.createTempDirectory("sandbox-chromium-profile");
        downloads = Files.createTempDirectory("sandbox-chromium-downloads");
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
        driver = chrome;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Opens a path of the sandbox and forgets the console messages of earlier pages. */
    void open(String path) {
        driver.get(base + path);
        consoleErrors();
    }

    String url(String path) {
        return base + path;
    }

    /** Signs in through the sandbox's user switcher (the empty name: anonymous). */
    void signIn(String user) {
        driver.get(base + "/");
        new Select(driver.findElement(By.id("sandbox-user"))).selectByValue(user);
        driver.findElement(By.id("sandbox-switch-user")).click();
        waitUntil(d -> d.findElement(By.id("sandbox-user")).getDomProperty("value").equals(user));
        consoleErrors();
    }

    /**
     * Clicks what leads to another page and waits until that page has replaced this one, so that
     * nothing of the old page is read afterwards.
     */
    void clickToNavigate(By locator) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(locator).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(condition::apply);
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

    /** axe-core's violations of impact serious or critical on the current page: "rule: target, ...". */
    List<String> seriousAccessibilityViolations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
        String json = String.valueOf(result);
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

    /** A screenshot of the window under {@code target/screenshots}, and a copy in {@code copyTo} when given. */
    void screenshot(String name, Path copyTo) {
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
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
        Sandbox.deleteTree(profile);
        Sandbox.deleteTree(downloads);
    }
}
