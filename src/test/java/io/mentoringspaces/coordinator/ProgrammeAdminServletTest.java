package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.WebServer.Reply;
import io.mentoringspaces.confluence.WebServer;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammePeople;
import io.mentoringspaces.testsupport.ProgrammeRows;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The programme administration page over real HTTP, for every role, the app started in the test
 * Confluence; its forms save through REST.
 */
public class ProgrammeAdminServletTest extends DatabaseTest {

    private static final String PAGE = "/plugins/servlet/mentoring/programmes";

    private ConfluenceDouble confluence;
    private WebServer web;
    private WebServer.Requests server;

    @Before
    public void start() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        ProgrammePeople.givenConfluence(confluence);
        givenProgramme("grad");
        givenProgramme("other");
        programmes.archive("other");
        web = confluence.serve();
        server = web.site();
    }

    @After
    public void stop() {
        web.close();
        confluence.close();
        ProgrammeRows.deleteAllRows(ao);
    }

    private Document page(String user) throws Exception {
        Reply reply = server.get(PAGE, user);
        assertEquals(reply.body(), 200, reply.status());
        return Jsoup.parse(reply.body());
    }

    private static List<String> fieldNames(Element form) {
        return form.select("input, textarea, select").eachAttr("name");
    }

    @Test
    @NonTransactional
    public void shouldSendAnonymousUsersToLogInAndRefuseOthersWithoutNamingAnything() throws Exception {
        assertEquals(302, server.get(PAGE, null).status());
        Reply refused = server.get(PAGE, "nina");
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("Only programme coordinators and Confluence administrators can see this page."));
        assertTrue(!refused.body().contains("grad") && !refused.body().contains("other"));
        assertEquals(List.of(), confluence.pageBuilder().required());
    }

    @Test
    @NonTransactional
    public void shouldLetAnAdministratorEditArchiveAndCreateEveryProgramme() throws Exception {
        Document page = page("admin");
        assertEquals("Manage mentoring programmes", page.selectFirst("h1").text());
        List<Element> forms = page.select("form.mentoring-programme-form");
        assertEquals(3, forms.size());
        assertEquals("Programme grad", forms.get(0).selectFirst("h2").text());
        assertEquals("PUT", forms.get(0).attr("data-method"));
        assertEquals("/confluence/rest/mentoring/1.0/programmes/grad", forms.get(0).attr("data-url"));
        assertEquals(List.of("name", "description", "coordinatorGroup", "defaultCadence", "coordinatorAccess"),
                fieldNames(forms.get(0)));
        assertEquals("coordinators-grad", forms.get(0).selectFirst("input[name=coordinatorGroup]").val());
        assertEquals("weekly", forms.get(0).selectFirst("select[name=defaultCadence] option[selected]").val());
        assertEquals("metrics-only", forms.get(0).selectFirst("select[name=coordinatorAccess] option[selected]").val());
        assertEquals("true", forms.get(0).selectFirst("button.mentoring-archive").attr("data-archived"));
        assertEquals("Programme other Archived", forms.get(1).selectFirst("h2").text());
        assertEquals("false", forms.get(1).selectFirst("button.mentoring-archive").attr("data-archived"));
        assertEquals("/confluence/rest/mentoring/1.0/programmes/other/archived",
                forms.get(1).selectFirst("button.mentoring-archive").attr("data-url"));
        assertEquals("POST", forms.get(2).attr("data-method"));
        assertEquals("/confluence/rest/mentoring/1.0/programmes", forms.get(2).attr("data-url"));
        assertEquals(List.of("key", "name", "description", "coordinatorGroup", "defaultCadence", "coordinatorAccess"),
                fieldNames(forms.get(2)));
        assertEquals("atl.general", page.selectFirst("meta[name=decorator]").attr("content"));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:programme-admin-resources"), confluence.pageBuilder().required());
    }

    @Test
    @NonTransactional
    public void shouldLetACoordinatorEditOnlyTheDescriptionAndCadenceOfTheirProgrammes() throws Exception {
        Document page = page("carol");
        List<Element> forms = page.select("form.mentoring-programme-form");
        assertEquals(1, forms.size());
        assertEquals("Programme grad", forms.get(0).selectFirst("h2").text());
        assertEquals(List.of("description", "defaultCadence"), fieldNames(forms.get(0)));
        assertTrue(forms.get(0).select("button.mentoring-archive").isEmpty());
        assertEquals("As a coordinator you can change the description and default cadence of your programmes.",
                page.selectFirst("section > p:nth-of-type(2)").text());
        assertEquals("/confluence/plugins/servlet/mentoring/coordinator/grad", forms.get(0).selectFirst("a").attr("href"));
    }

    @Test
    @NonTransactional
    public void shouldGiveEveryFieldOfEveryFormItsOwnErrorPlaceDescribingIt() throws Exception {
        for (Element form : page("admin").select("form.mentoring-programme-form")) {
            assertTrue(form.hasAttr("novalidate"));
            for (Element field : form.select("input, textarea, select")) {
                Element error = form.getElementById(field.id() + "-error");
                assertTrue(field.id(), error != null && error.hasClass("mentoring-field-error") && error.text().isEmpty());
                assertTrue(field.id(), List.of(field.attr("aria-describedby").split(" ")).contains(error.id()));
            }
        }
        Element key = page("admin").getElementById("new-key");
        assertEquals("[a-z][a-z0-9-]{1,31}", key.attr("data-pattern"));
        assertEquals(List.of("new-key-hint", "new-key-error"), List.of(key.attr("aria-describedby").split(" ")));
    }

    @Test
    @NonTransactional
    public void shouldOfferTheCoordinatorGroupAsAComboboxOnConfluencesGroupSearch() throws Exception {
        Element group = page("admin").getElementById("new-group");
        assertEquals("combobox", group.attr("role"));
        assertEquals("list", group.attr("aria-autocomplete"));
        assertEquals("false", group.attr("aria-expanded"));
        assertEquals("off", group.attr("autocomplete"));
        assertEquals("/confluence/rest/prototype/1/search/group", group.attr("data-search-url"));
        Element list = page("admin").getElementById(group.attr("aria-controls"));
        assertEquals("listbox", list.attr("role"));
        assertEquals("Coordinator group", list.attr("aria-label"));
        assertTrue(list.hasAttr("hidden"));
        Reply search = server.send("GET", "/rest/prototype/1/search/group?query=coordinators&max-results=10", "admin", null,
                Map.of("Accept", "application/json"));
        assertEquals(List.of("coordinators-grad", "coordinators-other"),
                search.json().get("result").findValuesAsText("name"));
    }
}
