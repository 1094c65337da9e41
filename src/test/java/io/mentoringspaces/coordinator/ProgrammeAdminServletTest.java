package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ProgrammeWorld;
import io.mentoringspaces.testsupport.ServletServer;
import io.mentoringspaces.testsupport.ServletServer.Reply;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.NonTransactional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The programme administration page over real HTTP, for every role; its forms save through REST. */
public class ProgrammeAdminServletTest extends DatabaseTest {

    private static final String PAGE = "/plugins/servlet/mentoring/programmes";

    private ProgrammeWorld world;
    private ServletServer server;
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);

    @Before
    public void start() throws Exception {
        world = new ProgrammeWorld(ao, programmes, cadence);
        server = new ServletServer(world.confluence, Map.of(PAGE, new ProgrammeAdminServlet(world.access, world.programmeAccess,
                pageBuilder, world.views, world.renderer, world.loginUriProvider, world.confluence.i18n())));
        givenProgramme("grad");
        givenProgramme("other");
        programmes.archive("other");
    }

    @After
    public void stop() {
        server.close();
        ProgrammeWorld.deleteAllRows(ao);
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
        verify(pageBuilder, never()).assembler();
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
        verify(pageBuilder.assembler().resources()).requireWebResource("io.mentoringspaces.mentoring-spaces:programme-admin-resources");
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
}
