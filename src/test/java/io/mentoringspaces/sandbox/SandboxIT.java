package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.RestHost;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox over HTTP: where it listens, the demo it writes on first start and keeps across a
 * restart, every page and the files they load served without a server error, the jsI18n transform,
 * refusals, and a meeting page created through the Mentoring meeting blueprint and linked by the
 * app's listener.
 */
public class SandboxIT {

    private static final Path DIRECTORY = Path.of("target", "sandbox-it");
    private static final Path NODE_MODULES = Path.of("node_modules");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ASSETS = Pattern.compile("(?:src|href)=\"(/(?:download|sandbox/static)/[^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
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

    private static HttpResponse<String> request(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url()).resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Cookie", SandboxPages.USER_COOKIE + "=" + (user == null ? "" : user));
        if (json != null) {
            request.header("Content-Type", json.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return request("GET", path, user, null);
    }

    private static JsonNode json(String path, String user) throws Exception {
        HttpResponse<String> response = get(path, user);
        assertEquals(path, 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static List<String> pairStatuses(String programme) throws Exception {
        List<String> statuses = new ArrayList<>();
        json("/rest/mentoring/1.0/programmes/" + programme + "/pairs?sort=space", "ada").path("pairs")
                .forEach(pair -> statuses.add(pair.path("spaceKey").asText() + " " + pair.path("status").asText()));
        return statuses;
    }

    @Test
    public void shouldListenOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", sandbox.host());
        InetSocketAddress bound = sandbox.boundAddress();
        assertTrue(bound.getAddress().isLoopbackAddress());
        assertEquals("http://127.0.0.1:" + bound.getPort() + "/", sandbox.url());
    }

    @Test
    public void shouldWriteTheDemoOnFirstStart() throws Exception {
        List<String> programmes = new ArrayList<>();
        json("/rest/mentoring/1.0/programmes", "ada").forEach(p -> programmes.add(p.path("key").asText()));
        assertEquals(List.of("grad", "leaders"), programmes);
        assertEquals(List.of("LENA stalled", "MIA on-track", "NOAH on-track"), pairStatuses("grad"));
        assertEquals(List.of("OMAR at-risk", "SOFIA on-track"), pairStatuses("leaders"));

        JsonNode mia = json("/rest/mentoring/1.0/spaces/MIA/meetings", "mia");
        assertEquals(18, mia.path("held").asInt());
        assertEquals(18, sandbox.confluence().pages("MIA", true).stream()
                .filter(p -> p.getLabels().contains(new Label("mentoring-meeting"))).count());
        Page growthPlan = sandbox.confluence().page("MIA", "Growth plan");
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
            for (Page page : sandbox.confluence().pages(mentee[1], true)) {
                pages++;
                check(SandboxPages.pageUrl(page), mentee[0], failures, assets);
            }
        }
        check("/display/MIA", "carol", failures, assets);
        for (String path : List.of("/", "/plugins/servlet/mentoring/coordinator",
                "/plugins/servlet/mentoring/coordinator/grad", "/plugins/servlet/mentoring/coordinator/leaders?sort=status&order=desc",
                "/plugins/servlet/mentoring/programmes", "/sandbox/login?os_destination=%2F")) {
            check(path, "carol", failures, assets);
            check(path, "ada", failures, assets);
        }
        for (String asset : assets) {
            HttpResponse<String> response = get(asset, null);
            if (response.statusCode() != 200) {
                failures.add(asset + " " + response.statusCode());
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(69, pages);
        assertTrue(assets.toString(), assets.contains(
                "/download/resources/io.mentoringspaces.mentoring-spaces:macro-checklist/macro-checklist.js"));
    }

    private static void check(String path, String user, List<String> failures, Set<String> assets) throws Exception {
        HttpResponse<String> response = get(path, user);
        if (response.statusCode() != 200) {
            failures.add(path + " as " + user + ": " + response.statusCode());
        }
        Matcher m = ASSETS.matcher(response.body());
        while (m.find()) {
            assets.add(m.group(1).replace("&amp;", "&"));
        }
    }

    @Test
    public void shouldServeTheAppsScriptsWithTheirTextsTranslated() throws Exception {
        HttpResponse<String> script = get("/download/resources/io.mentoringspaces.mentoring-spaces:macro-common/macro-common.js", null);

        assertEquals(200, script.statusCode());
        assertEquals("application/javascript", script.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertFalse(script.body().contains("AJS.I18n.getText"));
        assertTrue(script.body().contains(
                ".text(reply && reply.message ? reply.message : \"The change could not be saved. Check your connection and try again.\")"));
    }

    @Test
    public void shouldRefuseAnOutsiderTheSpaceAndAnAnonymousUserTheCoordinatorView() throws Exception {
        HttpResponse<String> space = get("/display/MIA", "otto");
        assertEquals(403, space.statusCode());
        assertFalse(space.body().contains("Mentee checklist"));
        assertFalse(space.body().contains("Mia\u2019s mentoring"));

        HttpResponse<String> coordinator = get("/plugins/servlet/mentoring/coordinator", null);
        assertEquals(302, coordinator.statusCode());
        assertTrue(coordinator.headers().firstValue("Location").orElse("").contains(SandboxPages.LOGIN
                + "?os_destination=%2Fplugins%2Fservlet%2Fmentoring%2Fcoordinator"));
    }

    @Test
    public void shouldCreateAMeetingPageThroughTheMeetingBlueprintAndLinkItToThePlan() throws Exception {
        Page meetings = sandbox.confluence().page("NOAH", "Meetings");
        HttpResponse<String> created = request("POST", "/sandbox/create", "noah", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&parentId=" + meetings.getId()
                + "&meetingDate=2026-02-02&aims=Plan+the+next+quarter");

        assertEquals(302, created.statusCode());
        long pageId = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*pageId=", ""));
        Page page = sandbox.confluence().page(pageId);
        assertEquals("2026-02-02 Mentoring meeting", page.getTitle());
        assertTrue(page.getLabels().contains(new Label("mentoring-meeting")));
        assertTrue(page.getBodyAsString().contains("Plan the next quarter"));
        List<Long> linked = new ArrayList<>();
        json("/rest/mentoring/1.0/spaces/NOAH/meetings", "noah").path("meetingPageIds").forEach(id -> linked.add(id.asLong()));
        assertTrue(linked.toString(), linked.contains(pageId));

        HttpResponse<String> refused = request("POST", "/sandbox/create", "otto", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&meetingDate=2026-02-09");
        assertEquals(403, refused.statusCode());
    }

    /** Issue 10, finding 4: an impossible meeting date gave a 500 page naming the exception. */
    @Test
    public void shouldRefuseAnImpossibleMeetingDateNamingTheFieldAndCreateNothing() throws Exception {
        int pages = sandbox.confluence().pages("NOAH", false).size();

        HttpResponse<String> refused = request("POST", "/sandbox/create", "noah", "blueprint="
                + "io.mentoringspaces.mentoring-spaces%3Ameeting-blueprint&spaceKey=NOAH&meetingDate=2026-02-30&aims=Plan");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("Meeting date: 2026-02-30 is not a day of the calendar."));
        assertFalse(refused.body(), refused.body().contains("Exception"));
        assertEquals(pages, sandbox.confluence().pages("NOAH", false).size());
    }

    @Test
    public void shouldServeItsRestApiBehindConfluencesXsrfChecks() throws Exception {
        Page home = sandbox.confluence().page("SOFIA", "Sofia\u2019s mentoring");
        HttpRequest.Builder tick = HttpRequest.newBuilder(URI.create(sandbox.url())
                .resolve("/rest/mentoring/1.0/pages/" + home.getId() + "/checklists/mentee/items/progress"))
                .PUT(HttpRequest.BodyPublishers.noBody()).header("Cookie", SandboxPages.USER_COOKIE + "=sofia");

        HttpResponse<String> refused = CLIENT.send(tick.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> passed = CLIENT.send(tick.header(RestHost.TOKEN_HEADER, RestHost.NO_CHECK).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(List.of(403, RestHost.XSRF_FAILED), List.of(refused.statusCode(), refused.body()));
        assertEquals(400, passed.statusCode());
    }

    @Test
    public void shouldKeepItsDataAcrossARestartWithoutWritingTheDemoAgain() throws Exception {
        Page home = sandbox.confluence().page("SOFIA", "Sofia\u2019s mentoring");
        HttpResponse<String> tick = request("PUT", "/rest/mentoring/1.0/pages/" + home.getId() + "/checklists/mentee/items/progress",
                "sofia", "{\"done\": false}");
        assertEquals(200, tick.statusCode());
        int pages = sandbox.confluence().pages("SOFIA", false).size();

        sandbox.close();
        sandbox = Sandbox.start(0, DIRECTORY, NODE_MODULES);

        assertEquals(pages, sandbox.confluence().pages("SOFIA", false).size());
        assertEquals(home.getId(), sandbox.confluence().page("SOFIA", "Sofia\u2019s mentoring").getId());
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
}
