package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.model.GoalKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox in headless Chromium, as people use it: ticking, recording progress, the coordinator
 * table, refusals; axe-core on every main page, the console of every demo page, and screenshots of
 * the main pages ({@code target/screenshots}, copied to {@code screenshots.copy.to} when set). The
 * tests that change data work in other spaces than the screenshots show.
 */
public class SandboxBrowserIT {

    private static final Path NODE_MODULES = Path.of("node_modules");
    private static Sandbox sandbox;
    private static Chromium chromium;

    @BeforeClass
    public static void startSandboxAndBrowser() throws Exception {
        Path directory = Path.of("target", "sandbox-browser-it");
        Sandbox.deleteTree(directory);
        sandbox = Sandbox.start(0, directory, NODE_MODULES);
        chromium = new Chromium(sandbox.url(), NODE_MODULES);
    }

    @AfterClass
    public static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static Page page(String spaceKey, String title) {
        Page page = sandbox.confluence().page(spaceKey, title);
        assertTrue(spaceKey + " has no page " + title, page != null);
        return page;
    }

    private static Page latestMeeting(String spaceKey) {
        return sandbox.confluence().pages(spaceKey, true).stream()
                .filter(p -> p.getLabels().contains(new Label("mentoring-meeting")))
                .max(Comparator.comparing(Page::getTitle)).orElseThrow();
    }

    private static String view(Page page) {
        return SandboxPages.pageUrl(page);
    }

    private static List<String> texts(String css) {
        return chromium.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    public void shouldKeepAChecklistItemTickedAfterAReload() {
        chromium.signIn("sofia");
        chromium.open("/display/SOFIA");
        String checklist = "#main-content .mentoring-checklist[data-checklist-id='mentee']";
        WebElement box = chromium.driver.findElements(By.cssSelector(checklist + " input.mentoring-tick")).stream()
                .filter(b -> !b.isSelected()).findFirst().orElseThrow();
        String key = box.getDomAttribute("value");
        String summary = chromium.driver.findElement(By.cssSelector(checklist + " .mentoring-progress-label")).getText();

        box.click();
        chromium.waitUntil(d -> !d.findElement(By.cssSelector(checklist + " .mentoring-progress-label")).getText().equals(summary));
        chromium.driver.navigate().refresh();

        WebElement reloaded = chromium.driver.findElement(By.cssSelector(checklist + " input.mentoring-tick[value='" + key + "']"));
        assertTrue(reloaded.isSelected());
        assertTrue(reloaded.isEnabled());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldShowAViewerNoEnabledCheckboxAndNoProgressControls() {
        chromium.signIn("carol");
        chromium.open("/display/MIA");

        assertEquals(1, chromium.driver.findElements(By.cssSelector("#main-content .mentoring-checklist")).size());
        List<WebElement> enabled = chromium.driver.findElements(By.cssSelector("#main-content input[type='checkbox']"))
                .stream().filter(WebElement::isEnabled).toList();
        assertEquals(List.of(), enabled);
        assertEquals(List.of(), chromium.driver.findElements(By.cssSelector("#main-content .mentoring-record-toggle")));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldShowProgressRecordedOnAMeetingPageOnTheGoalCardOfTheGrowthPlan() {
        chromium.signIn("omar");
        Page meeting = latestMeeting("OMAR");
        chromium.open(view(meeting));
        String state = "#main-content .mentoring-goal-state[data-goal-key='" + GoalKeys.fromTitle("Run effective one-to-ones")
                + "']";
        WebElement goal = chromium.driver.findElement(By.cssSelector(state));
        goal.findElement(By.cssSelector(".mentoring-record-toggle")).click();
        WebElement percent = goal.findElement(By.name("percent"));
        percent.clear();
        percent.sendKeys("65");
        new Select(goal.findElement(By.name("status"))).selectByValue("in-progress");
        goal.findElement(By.name("note")).sendKeys("One-to-ones booked with all six reports.");
        goal.findElement(By.cssSelector("button[type='submit']")).click();
        chromium.waitUntil(d -> d.findElement(By.cssSelector(state + " .mentoring-progress-label")).getText().contains("65"));

        chromium.open(view(page("OMAR", "Growth plan")));
        String card = "#main-content .mentoring-goal " + state.substring("#main-content ".length());
        assertEquals("65%", chromium.driver.findElement(By.cssSelector(card + " .mentoring-progress-label")).getText());
        assertEquals("One-to-ones booked with all six reports.",
                chromium.driver.findElement(By.cssSelector(card + " .mentoring-history-list li .mentoring-history-note")).getText());
        assertEquals(meeting.getTitle(),
                chromium.driver.findElement(By.cssSelector(card + " .mentoring-history-list li .mentoring-history-meeting a")).getText());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldCreateTheNextMeetingPageFromTheButtonOnTheSpaceHome() {
        chromium.signIn("sofia");
        chromium.open("/display/SOFIA");
        chromium.clickToNavigate(By.cssSelector("#main-content a.sandbox-create-from-template"));
        WebElement date = chromium.driver.findElement(By.id("mentoring-meeting-date"));
        String due = date.getDomProperty("value");
        assertTrue(due, due.matches("\\d{4}-\\d{2}-\\d{2}"));
        chromium.driver.findElement(By.id("mentoring-aims")).sendKeys("Agree the hiring plan.");
        chromium.clickToNavigate(By.id("sandbox-create-submit"));

        assertEquals(due + " Mentoring meeting", chromium.driver.findElement(By.id("title-text")).getText());
        assertTrue(chromium.driver.findElement(By.id("main-content")).getText().contains("Agree the hiring plan."));
        chromium.open("/display/SOFIA");
        assertTrue(texts("#main-content .mentoring-meetings a").contains(due + " Mentoring meeting"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldSortFilterPageAndExportThePairsOfAProgramme() throws Exception {
        chromium.signIn("carol");
        chromium.open("/plugins/servlet/mentoring/coordinator/grad");
        assertEquals(3, texts("table.mentoring-pairs tbody tr").size());

        chromium.clickToNavigate(By.linkText("Mentee"));
        assertEquals(List.of("Lena Park", "Mia Novak", "Noah Fischer"), texts("table.mentoring-pairs tbody td:nth-child(2)"));
        assertEquals("ascending", chromium.driver.findElement(By.cssSelector("th[aria-sort='ascending']")).getAttribute("aria-sort"));
        chromium.clickToNavigate(By.linkText("Mentee"));
        assertEquals(List.of("Noah Fischer", "Mia Novak", "Lena Park"), texts("table.mentoring-pairs tbody td:nth-child(2)"));

        new Select(chromium.driver.findElement(By.id("mentoring-status"))).selectByValue("stalled");
        chromium.clickToNavigate(By.cssSelector("form.mentoring-pairs-filter button[type='submit']"));
        assertEquals(List.of("Lena Park"), texts("table.mentoring-pairs tbody td:nth-child(2)"));
        new Select(chromium.driver.findElement(By.id("mentoring-status"))).selectByValue("");
        chromium.driver.findElement(By.id("mentoring-q")).sendKeys("fischer");
        chromium.clickToNavigate(By.cssSelector("form.mentoring-pairs-filter button[type='submit']"));
        assertEquals(List.of("Noah Fischer"), texts("table.mentoring-pairs tbody td:nth-child(2)"));

        chromium.open("/plugins/servlet/mentoring/coordinator/grad?sort=mentee&limit=2");
        assertEquals(List.of("Lena Park", "Mia Novak"), texts("table.mentoring-pairs tbody td:nth-child(2)"));
        chromium.clickToNavigate(By.linkText("Next"));
        assertEquals(List.of("Noah Fischer"), texts("table.mentoring-pairs tbody td:nth-child(2)"));
        chromium.clickToNavigate(By.linkText("Previous"));
        assertEquals(List.of("Lena Park", "Mia Novak"), texts("table.mentoring-pairs tbody td:nth-child(2)"));

        chromium.driver.findElement(By.linkText("Export CSV")).click();
        chromium.waitUntil(d -> csv() != null);
        List<String> lines = Files.readAllLines(csv(), StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFFSpace,Mentee,Mentor,"));
        assertEquals(List.of("LENA", "MIA", "NOAH"), lines.subList(1, 4).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    /** The downloaded CSV, once complete; null before. */
    private static Path csv() {
        try (Stream<Path> files = Files.list(chromium.downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void shouldShowTheOutsiderTheRefusalPageOfTheCoordinatorView() {
        chromium.signIn("otto");
        chromium.open("/plugins/servlet/mentoring/coordinator");

        assertEquals("Not available", chromium.driver.findElement(By.cssSelector("main h1")).getText());
        assertEquals("Only programme coordinators and Confluence administrators can see this page.",
                chromium.driver.findElement(By.cssSelector("main .aui-message")).getText());
        String page = chromium.driver.getPageSource();
        assertFalse(page.contains("Graduate programme"));
        assertFalse(page.contains("New leaders"));
        assertFalse(page.contains("mentoring-pairs"));
    }

    /** The main pages of the demo, by user: the space, its pages, the coordinator pages, the refusals. */
    private static Map<String, String> mainPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("mia /", "/");
        pages.put("mia /display/MIA", "/display/MIA");
        pages.put("mia growth plan", view(page("MIA", "Growth plan")));
        pages.put("mia meeting", view(latestMeeting("MIA")));
        pages.put("mia meetings", view(page("MIA", "Meetings")));
        pages.put("mia feedback log", view(page("MIA", "Feedback log")));
        pages.put("mia create meeting", "/sandbox/create?blueprint=io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint"
                + "&spaceKey=MIA&parentId=" + page("MIA", "Meetings").getId());
        pages.put("max growth plan", view(page("MIA", "Growth plan")));
        pages.put("carol /display/MIA", "/display/MIA");
        pages.put("carol coordinator", "/plugins/servlet/mentoring/coordinator");
        pages.put("carol coordinator grad", "/plugins/servlet/mentoring/coordinator/grad");
        pages.put("carol coordinator leaders", "/plugins/servlet/mentoring/coordinator/leaders");
        pages.put("carol programmes", "/plugins/servlet/mentoring/programmes");
        pages.put("ada programmes", "/plugins/servlet/mentoring/programmes");
        pages.put("otto /", "/");
        pages.put("otto coordinator", "/plugins/servlet/mentoring/coordinator");
        pages.put("otto /display/MIA", "/display/MIA");
        pages.put(" login", "/sandbox/login?os_destination=%2F");
        return pages;
    }

    @Test
    public void shouldFindNoSeriousOrCriticalAccessibilityViolationOnTheMainPages() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> page : mainPages().entrySet()) {
            String user = page.getKey().substring(0, page.getKey().indexOf(' '));
            chromium.signIn(user);
            chromium.open(page.getValue());
            for (String violation : chromium.seriousAccessibilityViolations()) {
                violations.add(page.getKey() + ": " + violation);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    public void shouldLogNoConsoleErrorOnAnyDemoPage() {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (String[] visit : List.of(new String[] {"mia", "MIA"}, new String[] {"noah", "NOAH"}, new String[] {"lena", "LENA"},
                new String[] {"omar", "OMAR"}, new String[] {"sofia", "SOFIA"})) {
            chromium.signIn(visit[0]);
            for (Page page : sandbox.confluence().pages(visit[1], true)) {
                chromium.open(view(page));
                chromium.consoleErrors().forEach(error -> errors.add(page.getTitle() + " (" + visit[1] + "): " + error));
                pages++;
            }
        }
        for (Map.Entry<String, String> page : mainPages().entrySet()) {
            String user = page.getKey().substring(0, page.getKey().indexOf(' '));
            if (!user.equals("otto")) {
                chromium.signIn(user);
                chromium.open(page.getValue());
                chromium.consoleErrors().forEach(error -> errors.add(page.getKey() + ": " + error));
                pages++;
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(pages > 60);
    }

    @Test
    public void shouldWriteScreenshotsOfTheMainPages() throws Exception {
        String copy = System.getProperty("screenshots.copy.to", "");
        Path copyTo = copy.isBlank() ? null : Path.of(copy);
        Map<String, String[]> shots = new LinkedHashMap<>();
        shots.put("space-home", new String[] {"mia", "/display/MIA"});
        shots.put("growth-plan", new String[] {"mia", view(page("MIA", "Growth plan"))});
        shots.put("meeting", new String[] {"mia", view(latestMeeting("MIA"))});
        shots.put("coordinator", new String[] {"carol", "/plugins/servlet/mentoring/coordinator/grad"});
        shots.put("programmes", new String[] {"ada", "/plugins/servlet/mentoring/programmes"});
        for (Map.Entry<String, String[]> shot : shots.entrySet()) {
            chromium.signIn(shot.getValue()[0]);
            chromium.open(shot.getValue()[1]);
            chromium.screenshot(shot.getKey(), copyTo);
            Path file = Path.of("target", "screenshots", shot.getKey() + ".png");
            assertNotEquals(0L, Files.size(file));
        }
    }
}
