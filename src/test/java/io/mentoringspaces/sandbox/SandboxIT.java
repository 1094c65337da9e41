package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.confluence.WebServer.Reply;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox over HTTP: where it listens, the demo it writes on first start and keeps across a
 * restart (with the browser tests' configuration for it), every page and the files they load served
 * without a server error, the jsI18n transform, refusals, and a meeting page created through the
 * Mentoring meeting blueprint and linked by the app's listener. Requests are made as the user they name.
 */
public class SandboxIT {

    private static final Path DIRECTORY = Path.of("target", "sandbox-it");
    private static final Path NODE_MODULES = Path.of("node_modules");
    private static final Pattern ASSETS = Pattern.compile("(?:src|href)=\"/confluence(/(?:download|static)/[^\"]+)\"");
    private static final Label MEETING = new Label("mentoring-meeting");
    private static Sandbox sandbox;

    @BeforeClass
    public static void startOnAnEmptyDirectory() throws Exception {
        Sandbox.deleteTree(DIRECTORY);
        sandbox = Sandbox.start(0, DIRECTORY, NODE_MODULES);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static WebServer.Requests site() {
        return sandbox.web().site();
    }

    /** A request with a JSON body, or form data when {@code body} is not an object. */
    private static Reply request(String method, String path, String user, String body) throws Exception {
        return site().send(method, path, user, body,
                Map.of("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded"));
    }

    private static Reply get(String path, String user) throws Exception {
        return site().get(path, user);
    }

    private static JsonNode json(String path, String user) throws Exception {
        Reply response = get(path, user);
        assertEquals(path, 200, response.status());
        return response.json();
    }

    private static Page page(String spaceKey, String title) {
        return sandbox.confluence().content().currentPage(spaceKey, title);
    }

    private static List<Page> pages(String spaceKey) {
        return sandbox.confluence().content().pages(spaceKey, true);
    }

    private static List<String> pairStatuses(String programme) throws Exception {
        List<String> statuses = new ArrayList<>();
        json("/rest/mentoring/1.0/programmes/" + programme + "/pairs?sort=space", "ada").path("pairs")
                .forEach(pair -> statuses.add(pair.path("spaceKey").asText() + " " + pair.path("status").asText()));
        return statuses;
    }

    @Test
    public void shouldListenOnLoopbackOnly() throws Exception {
        InetSocketAddress bound = sandbox.boundAddress();
        assertTrue(bound.getAddress().isLoopbackAddress());
        assertEquals("http://127.0.0.1:" + bound.getPort() + "/confluence/", sandbox.url());
    }

    @Test
    public void shouldWriteTheBrowserTestsConfigurationForItself() throws Exception {
        Properties configuration = new Properties();
        try (InputStream in = Files.newInputStream(DIRECTORY.resolve("browser.properties"))) {
            configuration.load(in);
        }

        assertEquals(sandbox.url(), configuration.getProperty("browser.base.url") + "/");
        assertEquals("MIA,NOAH,LENA,OMAR,SOFIA", configuration.getProperty("browser.spaces"));
        assertEquals(String.valueOf(page("MIA", "Growth plan").getId()), configuration.getProperty("browser.space.MIA.growth-plan"));
        assertEquals(String.valueOf(page("OMAR", "Meetings").getId()), configuration.getProperty("browser.space.OMAR.meetings"));
        assertEquals(pages("SOFIA").size(), configuration.getProperty("browser.space.SOFIA.pages").split(",").length);
    }

    @Test
    public void shouldWriteTheDemoOnFirstStart() throws Exception {
        List<String> programmes = new ArrayList<>();
        json("/rest/mentoring/1.0/programmes", "ada").forEach(p -> programmes.add(p.path("key").asText()));
        assertEquals(List.of("grad", "leaders"), programmes);
        assertEquals(List.of("LENA stalled", "MIA on-track", "NOAH on-track"), pairStatuses("grad"));
        assertEquals(List.of("OMAR at-risk", "RUTH closed", "SOFIA on-track", "TARA invited"), pairStatuses("leaders"));

        JsonNode mia = json("/rest/mentoring/1.0/spaces/MIA/meetings", "mia");
        assertEquals(18, mia.path("held").asInt());
        // Besides the 18 held: the page of a cancelled meeting and of one nobody confirmed.
        assertEquals(20, pages("MIA").stream().filter(p -> p.getLabels().contains(MEETING)).count());
        Page growthPlan = page("MIA", "Growth plan");
        List<Integer> progress = new ArrayList<>();
        json("/rest/mentoring/1.0/pages/" + growthPlan.getId() + "/goals", "mia").path("goals")
                .forEach(goal -> progress.add(goal.path("percent").asInt()));
        assertEquals(List.of(60, 100, 30, 0), progress);
    }

    @Test
    public void shouldServeEveryDemoPageAndWhatItLoadsWithoutAServerError() throws Exception {
        Set<String> assets = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String[] mentee : List.of(new String[] {"mia", "MIA"}, new String[] {"noah", "NOAH"}, new String[] {"lena", "LENA"},
                new String[] {"omar", "OMAR"}, new String[] {"sofia", "SOFIA"})) {
            for (Page page : pages(mentee[1])) {
                pages++;
                check(page.getUrlPath(), mentee[0], failures, assets);
            }
        }
        check("/display/MIA", "carol", failures, assets);
        for (String path : List.of("/", "/plugins/servlet/mentoring/coordinator",
                "/plugins/servlet/mentoring/coordinator/grad", "/plugins/servlet/mentoring/coordinator/leaders?sort=status&order=desc",
                "/plugins/servlet/mentoring/programmes", "/login.action?os_destination=%2F")) {
            check(path, "carol", failures, assets);
            check(path, "ada", failures, assets);
        }
        for (String asset : assets) {
            Reply response = get(asset, null);
            if (response.status() != 200) {
                failures.add(asset + " " + response.status());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(72, pages);
        assertTrue(assets.toString(), assets.contains(
                "/download/resources/io.mentoringspaces.mentoring-spaces:macro-checklist/macro-checklist.js"));
    }

    private static void check(String path, String user, List<String> failures, Set<String> assets) throws Exception {
        Reply response = get(path, user);
        if (response.status() != 200) {
            failures.add(path + " as " + user + ": " + response.status());
        }
        Matcher m = ASSETS.matcher(response.body());
        while (m.find()) {
            assets.add(m.group(1).replace("&amp;", "&"));
        }
    }

    @Test
    public void shouldServeTheAppsScriptsWithTheirTextsTranslated() throws Exception {
        Reply script = get("/download/resources/io.mentoringspaces.mentoring-spaces:macro-common/macro-common.js", null);

        assertEquals(200, script.status());
        assertEquals("application/javascript", script.contentType().split(";")[0]);
        assertFalse(script.body().contains("AJS.I18n.getText"));
        assertTrue(script.body().contains(
                ".text(reply && reply.message ? reply.message : \"The change could not be saved. Check your connection and try again.\")"));
    }

    @Test
    public void shouldRefuseAnOutsiderTheSpaceAndAnAnonymousUserTheCoordinatorView() throws Exception {
        Reply space = get("/display/MIA", "otto");
        assertEquals(403, space.status());
        assertFalse(space.body().contains("Mentee checklist"));
        assertFalse(space.body().contains("Mia\u2019s mentoring"));

        Reply coordinator = site().send("GET", "/plugins/servlet/mentoring/coordinator", null, null, Map.of(WebServer.USER_HEADER, ""));
        assertEquals(302, coordinator.status());
        assertTrue(coordinator.location(), coordinator.location().startsWith(sandbox.url() + "login.action?os_destination="));
        assertTrue(coordinator.location(), coordinator.location().contains("%2Fplugins%2Fservlet%2Fmentoring%2Fcoordinator"));
    }

    @Test
    public void shouldCreateAMeetingPageThroughTheMeetingBlueprintAndLinkItToThePlan() throws Exception {
        Page meetings = page("NOAH", "Meetings");
        Reply created = request("POST", "/create-dialog", "noah", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&parentId=" + meetings.getId()
                + "&meetingDate=2026-02-02&aims=Plan+the+next+quarter");

        assertEquals(302, created.status());
        long pageId = Long.parseLong(created.location().replaceAll(".*pageId=", ""));
        Page page = sandbox.confluence().page(pageId);
        assertEquals("2026-02-02 Mentoring meeting", page.getTitle());
        assertTrue(page.getLabels().contains(MEETING));
        assertTrue(page.getBodyAsString().contains("Plan the next quarter"));
        List<Long> linked = new ArrayList<>();
        json("/rest/mentoring/1.0/spaces/NOAH/meetings", "noah").path("meetingPageIds").forEach(id -> linked.add(id.asLong()));
        assertTrue(linked.toString(), linked.contains(pageId));

        Reply refused = request("POST", "/create-dialog", "otto", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&meetingDate=2026-02-09");
        assertEquals(403, refused.status());
    }

    /** Issue 10, finding 4: an impossible meeting date gave a 500 page naming the exception. */
    @Test
    public void shouldRefuseAnImpossibleMeetingDateNamingTheFieldAndCreateNothing() throws Exception {
        int pages = pages("NOAH").size();

        Reply refused = request("POST", "/create-dialog", "noah", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&meetingDate=2026-02-30&aims=Plan");

        assertEquals(400, refused.status());
        assertTrue(refused.body(), refused.body().contains("Meeting date: 2026-02-30 is not a day of the calendar."));
        assertFalse(refused.body(), refused.body().contains("Exception"));
        assertEquals(pages, pages("NOAH").size());
    }

    @Test
    public void shouldServeItsRestApiBehindConfluencesXsrfChecks() throws Exception {
        Page home = page("SOFIA", "Sofia\u2019s mentoring");
        String tick = "/rest/mentoring/1.0/pages/" + home.getId() + "/checklists/mentee/items/progress";

        Reply refused = site().send("PUT", tick, "sofia", null, Map.of());
        Reply passed = site().send("PUT", tick, "sofia", null, Map.of(RestHost.TOKEN_HEADER, RestHost.NO_CHECK));

        assertEquals(List.of(403, RestHost.XSRF_FAILED), List.of(refused.status(), refused.body()));
        assertEquals(400, passed.status());
    }

    @Test
    public void shouldKeepItsDataAcrossARestartWithoutWritingTheDemoAgain() throws Exception {
        Page home = page("SOFIA", "Sofia\u2019s mentoring");
        Reply tick = request("PUT", "/rest/mentoring/1.0/pages/" + home.getId() + "/checklists/mentee/items/progress",
                "sofia", "{\"done\": false}");
        assertEquals(200, tick.status());
        List<String> before = pageVersions("SOFIA");

        sandbox.close();
        sandbox = Sandbox.start(0, DIRECTORY, NODE_MODULES);

        assertEquals(before, pageVersions("SOFIA"));
        assertEquals(home.getId(), page("SOFIA", "Sofia\u2019s mentoring").getId());
        assertEquals(2, json("/rest/mentoring/1.0/programmes", "ada").size());
        JsonNode checklist = json("/rest/mentoring/1.0/pages/" + home.getId() + "/checklists/mentee", "sofia");
        List<String> done = new ArrayList<>();
        checklist.path("items").forEach(item -> {
            if (item.path("done").asBoolean()) {
                done.add(item.path("key").asText());
            }
        });
        assertFalse(done.contains("progress"));
        assertEquals(8, done.size());
    }

    /** Each page of the space (trash included): id, title, version, labels, parent and body. */
    private static List<String> pageVersions(String spaceKey) {
        return sandbox.confluence().content().pages(spaceKey, false).stream()
                .map(p -> p.getId() + " " + p.getTitle() + " v" + p.getVersion() + " " + p.getLabels() + " parent "
                        + (p.getParent() == null ? 0 : p.getParent().getId()) + " " + p.getBodyAsString().hashCode())
                .toList();
    }
}
