package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/**
 * The test Confluence for people: its page views as each user may see them, its login, the
 * decoration of the app's servlets with the web resources they require, the Create dialog of the
 * meeting blueprint, and the page editor.
 */
public class SiteTest extends SiteTestBase {

    private static final String CREATE_BUTTON = "<ac:structured-macro ac:name=\"create-from-template\">"
            + "<ac:parameter ac:name=\"blueprintModuleCompleteKey\">" + BlueprintKeys.MEETING_BLUEPRINT + "</ac:parameter>"
            + "<ac:parameter ac:name=\"buttonLabel\">Create the next meeting page</ac:parameter></ac:structured-macro>";

    @Before
    public void givenTheMeetingsPage() {
        confluence.page(101, MentoringSpace.SPACE, confluence.page(MentoringSpace.GROWTH_PLAN_PAGE), "Meetings",
                "<p>Our meetings</p>" + CREATE_BUTTON);
    }

    private Reply get(String path, String user) throws Exception {
        return web.site().send("GET", path, null, null, Map.of(WebServer.USER_HEADER, user));
    }

    @Test
    @NonTransactional
    public void shouldShowAPageToItsViewersSendAnonymousUsersToLogInAndRefuseOthers() throws Exception {
        Reply page = get("/pages/viewpage.action?pageId=101", "vera");
        Document html = Jsoup.parse(page.body());

        assertEquals(200, page.status());
        assertEquals("Meetings", html.selectFirst("#title-text").text());
        assertEquals("Our meetings", html.selectFirst("#main-content p").text());
        assertEquals(List.of("Spaces", "Growth plan"), html.select("nav[aria-label=Breadcrumbs] a").eachText());
        assertEquals(403, get("/display/MENT/Meetings", "olga").status());
        Reply anonymous = get("/display/MENT/Meetings", "");
        assertEquals(302, anonymous.status());
        assertEquals("/confluence/login.action?os_destination=%2Fpages%2Fviewpage.action%3FpageId%3D101", anonymous.location());
        assertEquals(404, get("/display/MENT/Nothing", "vera").status());
    }

    @Test
    @NonTransactional
    public void shouldSignPeopleInThroughTheLoginFormWithTheirUserNameAsPasswordAndOutAgain() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String destination = "/display/MENT/Meetings";

        HttpResponse<String> wrong = browser.send(login("vera", "guess", destination), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> right = browser.send(login("vera", "vera", destination), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(web.baseUrl() + destination)).build(),
                HttpResponse.BodyHandlers.ofString());
        browser.send(HttpRequest.newBuilder(URI.create(web.baseUrl() + "/logout.action")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(web.baseUrl() + destination)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Sorry, your username and password are incorrect"));
        assertEquals(302, right.statusCode());
        assertEquals("/confluence" + destination, right.headers().firstValue("Location").orElse(""));
        assertEquals(200, page.statusCode());
        assertEquals("vera", Jsoup.parse(page.body()).selectFirst("#site-user option[selected]").val());
        assertEquals(302, after.statusCode());
    }

    private HttpRequest login(String user, String password, String destination) {
        String form = "os_username=" + user + "&os_password=" + password + "&os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(web.baseUrl() + "/dologin.action"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    @Test
    @NonTransactional
    public void shouldDecorateAServletThatAsksForItWithTheWebResourcesItRequired() throws Exception {
        Document html = Jsoup.parse(get("/plugins/servlet/mentoring/programmes", "ada").body());
        String script = "/download/resources/io.mentoringspaces.mentoring-spaces:programme-admin-resources/programme-admin.js";

        assertEquals("Manage mentoring programmes · Test Confluence", html.title());
        assertEquals("Manage mentoring programmes", html.selectFirst("main h1").text());
        assertEquals(List.of("/confluence" + script), html.select("script[src*=download]").eachAttr("src"));
        assertEquals("Mentoring programmes", html.selectFirst("#mentoring-coordinator-link").text());
        Reply translated = get(script, "ada");
        assertEquals(200, translated.status());
        assertFalse(translated.body().contains("AJS.I18n.getText"));
    }

    @Test
    @NonTransactional
    public void shouldOfferTheCreateDialogOfTheMeetingBlueprintToWhoMayAddPagesAndCreateThePage() throws Exception {
        assertEquals(List.of(), Jsoup.parse(get("/pages/viewpage.action?pageId=101", "vera").body())
                .select(".create-from-template-button"));
        String dialog = Jsoup.parse(get("/pages/viewpage.action?pageId=101", "max").body())
                .selectFirst("#main-content a.create-from-template-button").attr("href");
        assertEquals(web.baseUrl() + "/create-dialog?blueprint=" + URLEncoder.encode(BlueprintKeys.MEETING_BLUEPRINT,
                StandardCharsets.UTF_8) + "&spaceKey=MENT&parentId=101", dialog);

        Document form = Jsoup.parse(get(dialog.substring(web.baseUrl().length()), "max").body());
        assertEquals("2026-03-16", form.selectFirst("#mentoring-meeting-date").val());
        assertEquals(403, get(dialog.substring(web.baseUrl().length()), "vera").status());
        Reply created = web.site().send("POST", "/create-dialog", "max", "blueprint=" + URLEncoder.encode(
                BlueprintKeys.MEETING_BLUEPRINT, StandardCharsets.UTF_8) + "&spaceKey=MENT&parentId=101&meetingDate=2026-03-16&aims=Plan",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertEquals(302, created.status());
        Page page = confluence.page(Long.parseLong(created.location().replaceAll(".*pageId=", "")));
        assertEquals(List.of("2026-03-16 Mentoring meeting", "Meetings", "max"),
                List.of(page.getTitle(), page.getParent().getTitle(), page.getCreator().getName()));
        assertTrue(page.getLabels().contains(new Label("mentoring-meeting")));
    }

    private static final String GOAL = Storage.macro("mentoring-goal", Map.of("goalKey", "g-speak", "title", "Speak at a meetup"),
            "<ul><li>Pick a topic</li></ul>");

    private Reply save(String user, long pageId, int originalVersion, String storage) throws Exception {
        return web.site().send("POST", "/pages/doeditpage.action", user, "pageId=" + pageId + "&originalVersion=" + originalVersion
                + "&content=" + URLEncoder.encode(storage, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    @NonTransactional
    public void shouldOfferThePageEditorOnlyToWhoMayEditThePage() throws Exception {
        assertEquals(List.of(), Jsoup.parse(get("/pages/viewpage.action?pageId=101", "vera").body()).select("#editPageLink"));
        assertEquals("/confluence/pages/editpage.action?pageId=101",
                Jsoup.parse(get("/pages/viewpage.action?pageId=101", "max").body()).selectFirst("#editPageLink").attr("href"));

        Document editor = Jsoup.parse(get("/pages/editpage.action?pageId=101", "max").body());
        assertEquals("Editing Meetings", editor.selectFirst("#title-text").text());
        assertEquals("<p>Our meetings</p>" + CREATE_BUTTON, editor.selectFirst("textarea#site-editor-content").val());
        assertEquals("Storage format", editor.selectFirst("label[for=site-editor-content]").text());
        assertEquals(403, get("/pages/editpage.action?pageId=101", "vera").status());
        assertEquals(403, save("vera", 101, 1, "<p>Mine now</p>").status());
        Reply anonymous = get("/pages/editpage.action?pageId=101", "");
        assertEquals(302, anonymous.status());
        assertEquals("/confluence/login.action?os_destination=%2Fpages%2Feditpage.action%3FpageId%3D101", anonymous.location());
        assertEquals(404, get("/pages/editpage.action?pageId=999", "max").status());
        assertEquals("<p>Our meetings</p>" + CREATE_BUTTON, confluence.page(101).getBodyAsString());
    }

    @Test
    @NonTransactional
    public void shouldSaveTheEditorsTextAsANewVersionWhoseUpdateEventTheAppsIndexFollows() throws Exception {
        confluence.label(MentoringSpace.GROWTH_PLAN_PAGE, "mentoring-growth-plan");
        String storage = "<h2>Objectives</h2>" + GOAL + "<p>caf&eacute;&nbsp;talk</p>";

        Reply saved = save("mia", MentoringSpace.GROWTH_PLAN_PAGE, 1, storage);

        assertEquals(302, saved.status());
        assertEquals("/confluence/pages/viewpage.action?pageId=100", saved.location());
        Page page = confluence.page(MentoringSpace.GROWTH_PLAN_PAGE);
        assertEquals(List.of(2, storage, "mia"), List.of(page.getVersion(), page.getBodyAsString(), page.getLastModifier().getName()));
        Reply goals = web.rest().get("/pages/100/goals", "mia");
        assertEquals(goals.body(), "g-speak", goals.json().get("goals").get(0).get("goalKey").asText());
        assertEquals("Speak at a meetup", Jsoup.parse(get("/pages/viewpage.action?pageId=100", "mia").body())
                .selectFirst("#main-content .mentoring-goal-title").text());
    }

    @Test
    @NonTransactional
    public void shouldRefuseStorageFormatThatIsNotWellFormedAndKeepTheTextInTheEditor() throws Exception {
        String broken = "<p>Our meetings<ul><li>half a list</p>";

        Reply refused = save("max", 101, 1, broken);

        assertEquals(200, refused.status());
        Document editor = Jsoup.parse(refused.body());
        assertTrue(editor.selectFirst("#site-editor-error[role=alert]").text(),
                editor.selectFirst("#site-editor-error").text().startsWith("Not saved: this is not well-formed storage format ("));
        assertEquals(broken, editor.selectFirst("textarea#site-editor-content").val());
        assertEquals("true", editor.selectFirst("textarea#site-editor-content").attr("aria-invalid"));
        assertEquals(1, confluence.page(101).getVersion());
    }

    @Test
    @NonTransactional
    public void shouldRefuseASaveOverAVersionSavedSinceTheEditorWasOpenedAndSaveTheTextWhenSavedAgain() throws Exception {
        assertEquals(302, save("max", 101, 1, "<p>Max was here</p>").status());

        Reply refused = save("mia", 101, 1, "<p>Mia was here</p>");

        Document editor = Jsoup.parse(refused.body());
        assertTrue(editor.selectFirst("#site-editor-error").text(),
                editor.selectFirst("#site-editor-error").text().startsWith("Not saved: someone else saved version 2 of this page"));
        assertEquals("<p>Mia was here</p>", editor.selectFirst("textarea#site-editor-content").val());
        assertEquals("<p>Max was here</p>", confluence.page(101).getBodyAsString());
        assertEquals(302, save("mia", 101, Integer.parseInt(editor.selectFirst("input[name=originalVersion]").val()),
                "<p>Mia was here</p>").status());
        assertEquals(List.of(3, "<p>Mia was here</p>"), List.of(confluence.page(101).getVersion(),
                confluence.page(101).getBodyAsString()));
    }
}
