package io.mentoringspaces.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.GoalKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The app in headless Chromium, as people use it, in the Confluence the configuration names
 * ({@link Target}: the sandbox by default, a real Confluence through the {@code atlassian-sdk} profile):
 * ticking, recording progress, creating a meeting page, the coordinator table, refusals; axe-core on
 * every main page, the console of every demo page, and screenshots of the main pages
 * ({@code target/screenshots}, copied to {@code screenshots.copy.to} when set). Users log in through
 * Confluence's login form. The tests that change data work in other spaces than the screenshots show,
 * and each can run again on the same Confluence.
 */
public class BrowserIT extends BrowserTest {

    private static final By MENTEE_COLUMN = By.cssSelector("table.mentoring-pairs tbody td:nth-child(2)");

    private static String view(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }

    private static String view(String space, String role) {
        return view(target.page(space, role));
    }

    private static List<String> texts(By locator) {
        return chromium.driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    private static String text(By locator) {
        return chromium.driver.findElement(locator).getText();
    }

    @Test
    public void shouldKeepTheNewStateOfAChecklistItemAfterAReload() {
        chromium.signIn("sofia");
        chromium.open("/display/SOFIA");
        String checklist = "#main-content .mentoring-checklist[data-checklist-id='mentee']";
        WebElement box = chromium.driver.findElement(By.cssSelector(checklist + " input.mentoring-tick"));
        String key = box.getDomAttribute("value");
        boolean ticked = box.isSelected();
        String summary = text(By.cssSelector(checklist + " .mentoring-progress-label"));

        box.click();
        chromium.waitUntil(d -> !d.findElement(By.cssSelector(checklist + " .mentoring-progress-label")).getText().equals(summary));
        chromium.reload();

        WebElement reloaded = chromium.driver.findElement(By.cssSelector(checklist + " input.mentoring-tick[value='" + key + "']"));
        assertEquals(!ticked, reloaded.isSelected());
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
        chromium.open(view("OMAR", "latest-meeting"));
        String meetingTitle = text(By.id("title-text"));
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
        chromium.waitUntil(d -> ExpectedConditions.stalenessOf(goal).apply(d));

        chromium.open(view("OMAR", "growth-plan"));
        String card = "#main-content .mentoring-goal " + state.substring("#main-content ".length());
        assertEquals("65%", text(By.cssSelector(card + " .mentoring-progress-label")));
        assertEquals("One-to-ones booked with all six reports.",
                text(By.cssSelector(card + " .mentoring-history-list li .mentoring-history-note")));
        assertEquals(meetingTitle, text(By.cssSelector(card + " .mentoring-history-list li .mentoring-history-meeting a")));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldCreateTheNextMeetingPageFromTheButtonOnTheSpaceHome() {
        chromium.signIn("sofia");
        chromium.open("/display/SOFIA");
        chromium.clickToShow(By.cssSelector("#main-content .create-from-template-button"), By.id("mentoring-meeting-date"));
        String due = chromium.driver.findElement(By.id("mentoring-meeting-date")).getDomProperty("value");
        assertTrue(due, due.matches("\\d{4}-\\d{2}-\\d{2}"));
        chromium.driver.findElement(By.id("mentoring-aims")).sendKeys("Agree the hiring plan.");
        chromium.clickToNavigate(By.cssSelector(".create-dialog-create-button"));
        if (!chromium.driver.findElements(By.id("rte-button-publish")).isEmpty()) {
            chromium.clickToNavigate(By.id("rte-button-publish"));
        }

        String title = text(By.id("title-text"));
        assertTrue(title, title.startsWith(due + " Mentoring meeting"));
        assertTrue(text(By.id("main-content")).contains("Agree the hiring plan."));
        chromium.open("/display/SOFIA");
        assertTrue(texts(By.cssSelector("#main-content .mentoring-meetings a")).contains(title));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    public void shouldSortFilterPageAndExportThePairsOfAProgramme() throws Exception {
        chromium.signIn("carol");
        chromium.open("/plugins/servlet/mentoring/coordinator/grad");
        assertEquals(3, texts(By.cssSelector("table.mentoring-pairs tbody tr")).size());

        chromium.clickToNavigate(By.linkText("Mentee"));
        assertEquals(List.of("Lena Park", "Mia Novak", "Noah Fischer"), texts(MENTEE_COLUMN));
        assertEquals("ascending", chromium.driver.findElement(By.cssSelector("th[aria-sort='ascending']")).getDomAttribute("aria-sort"));
        chromium.clickToNavigate(By.linkText("Mentee"));
        assertEquals(List.of("Noah Fischer", "Mia Novak", "Lena Park"), texts(MENTEE_COLUMN));

        new Select(chromium.driver.findElement(By.id("mentoring-status"))).selectByValue("stalled");
        chromium.clickToNavigate(By.cssSelector("form.mentoring-pairs-filter button[type='submit']"));
        assertEquals(List.of("Lena Park"), texts(MENTEE_COLUMN));
        new Select(chromium.driver.findElement(By.id("mentoring-status"))).selectByValue("");
        chromium.driver.findElement(By.id("mentoring-q")).sendKeys("fischer");
        chromium.clickToNavigate(By.cssSelector("form.mentoring-pairs-filter button[type='submit']"));
        assertEquals(List.of("Noah Fischer"), texts(MENTEE_COLUMN));

        chromium.open("/plugins/servlet/mentoring/coordinator/grad?sort=mentee&limit=2");
        assertEquals(List.of("Lena Park", "Mia Novak"), texts(MENTEE_COLUMN));
        chromium.clickToNavigate(By.linkText("Next"));
        assertEquals(List.of("Noah Fischer"), texts(MENTEE_COLUMN));
        chromium.clickToNavigate(By.linkText("Previous"));
        assertEquals(List.of("Lena Park", "Mia Novak"), texts(MENTEE_COLUMN));

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
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void shouldShowTheOutsiderTheRefusalPageOfTheCoordinatorView() {
        chromium.signIn("otto");
        chromium.open("/plugins/servlet/mentoring/coordinator");

        assertEquals("Not available", text(By.cssSelector(".mentoring-coordinator h1")));
        assertEquals("Only programme coordinators and Confluence administrators can see this page.",
                text(By.cssSelector(".mentoring-coordinator .aui-message")));
        String page = chromium.driver.getPageSource();
        assertFalse(page.contains("Graduate programme"));
        assertFalse(page.contains("New leaders"));
        assertFalse(page.contains("mentoring-pairs"));
    }

    /** A main page of the demo: who opens it, where, and whether its blueprint's Create dialog is opened from it. */
    private record Visit(String user, String path, boolean createDialog) {

        static Visit of(String user, String path) {
            return new Visit(user, path, false);
        }
    }

    /** The main pages of the demo, by name: the space, its pages, the Create dialog, the coordinator pages, the refusals. */
    private static Map<String, Visit> mainPages() {
        Map<String, Visit> pages = new LinkedHashMap<>();
        pages.put("mia dashboard", Visit.of("mia", "/"));
        pages.put("mia /display/MIA", Visit.of("mia", "/display/MIA"));
        pages.put("mia growth plan", Visit.of("mia", view("MIA", "growth-plan")));
        pages.put("mia meeting", Visit.of("mia", view("MIA", "latest-meeting")));
        pages.put("mia meetings", Visit.of("mia", view("MIA", "meetings")));
        pages.put("mia feedback log", Visit.of("mia", view("MIA", "feedback-log")));
        pages.put("mia create meeting", new Visit("mia", view("MIA", "meetings"), true));
        pages.put("max growth plan", Visit.of("max", view("MIA", "growth-plan")));
        pages.put("carol /display/MIA", Visit.of("carol", "/display/MIA"));
        pages.put("carol coordinator", Visit.of("carol", "/plugins/servlet/mentoring/coordinator"));
        pages.put("carol coordinator grad", Visit.of("carol", "/plugins/servlet/mentoring/coordinator/grad"));
        pages.put("carol coordinator leaders", Visit.of("carol", "/plugins/servlet/mentoring/coordinator/leaders"));
        pages.put("carol programmes", Visit.of("carol", "/plugins/servlet/mentoring/programmes"));
        pages.put("ada programmes", Visit.of("ada", "/plugins/servlet/mentoring/programmes"));
        pages.put("otto dashboard", Visit.of("otto", "/"));
        pages.put("otto coordinator", Visit.of("otto", "/plugins/servlet/mentoring/coordinator"));
        pages.put("otto /display/MIA", Visit.of("otto", "/display/MIA"));
        pages.put("anonymous login", Visit.of("", "/login.action?os_destination=%2F"));
        return pages;
    }

    private static void visit(Visit visit) {
        chromium.signIn(visit.user());
        chromium.open(visit.path());
        if (visit.createDialog()) {
            chromium.clickToShow(By.cssSelector("#main-content .create-from-template-button"), By.id("mentoring-meeting-date"));
        }
    }

    @Test
    public void shouldFindNoSeriousOrCriticalAccessibilityViolationOnTheMainPages() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Visit> page : mainPages().entrySet()) {
            visit(page.getValue());
            for (String violation : chromium.seriousAccessibilityViolations(target.axeInclude())) {
                violations.add(page.getKey() + ": " + violation);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    public void shouldLogNoConsoleErrorOnAnyDemoPage() {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (String space : target.spaces()) {
            chromium.signIn(target.mentee(space));
            for (long page : target.pages(space)) {
                chromium.open(view(page));
                chromium.consoleErrors().forEach(error -> errors.add("page " + page + " (" + space + "): " + error));
                pages++;
            }
        }
        for (Map.Entry<String, Visit> page : mainPages().entrySet()) {
            if (!page.getValue().user().equals("otto")) {
                visit(page.getValue());
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
        Map<String, Visit> shots = new LinkedHashMap<>();
        shots.put("space-home", Visit.of("mia", "/display/MIA"));
        shots.put("growth-plan", Visit.of("mia", view("MIA", "growth-plan")));
        shots.put("meeting", Visit.of("mia", view("MIA", "latest-meeting")));
        shots.put("coordinator", Visit.of("carol", "/plugins/servlet/mentoring/coordinator/grad"));
        shots.put("programmes", Visit.of("ada", "/plugins/servlet/mentoring/programmes"));
        for (Map.Entry<String, Visit> shot : shots.entrySet()) {
            visit(shot.getValue());
            chromium.screenshot(shot.getKey(), copyTo);
            assertNotEquals(0L, Files.size(Path.of("target", "screenshots", shot.getKey() + ".png")));
        }
    }
}
