package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.security.SpacePermission;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.confluence.Storage;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.ForbiddenCharacters;
import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.MentoringSpace;
import io.mentoringspaces.testsupport.PlanRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The {@code mentoring-my-pairs} macro on a page of Max's personal space: each reader sees their own
 * pairs, as on the "My mentoring" page, static in every output.
 */
public class MyPairsMacroTest extends DatabaseTest {

    private static final long PAGE = 800;

    private ConfluenceDouble confluence;

    /** Max mentors Mia (space MENT) and Eddie (space EDDIE); his personal space, which everybody may view, holds the macro. */
    @Before
    public void givenAMentorsPersonalPageWithTheMacro() {
        confluence = new ConfluenceDouble(CLOCK, () -> "https://wiki.example.com/confluence");
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        MentoringSpace.givenPlan(ao, programmes, plans);
        confluence.space("EDDIE", "Eddie\u2019s mentoring");
        confluence.editor("EDDIE", "eddie");
        confluence.editor("EDDIE", "max");
        PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("EDDIE", "grad", "key-eddie", "Eddie Editor", "key-max",
                "Max Mentor", LocalDate.of(2026, 3, 2), Cadence.FORTNIGHTLY)));
        confluence.space("~max", "Max Mentor");
        for (String user : List.of("max", "mia", "olga")) {
            confluence.viewer("~max", user);
        }
        confluence.page(PAGE, "~max", null, "My mentees", Storage.macro("mentoring-my-pairs", Map.of(), null));
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    private Document render(String user, OutputType output) {
        confluence.loginAs(user);
        return Jsoup.parseBodyFragment(confluence.render(PAGE, output, DeviceType.DESKTOP));
    }

    @Test
    public void shouldShowTheReadersOwnPairs() {
        Document max = render("max", OutputType.DISPLAY);
        assertEquals(List.of("Mia\u2019s mentoring", "Eddie\u2019s mentoring"), max.select("table.mentoring-my-table tbody th").eachText());
        assertEquals(List.of("Mentor", "Mentor"), max.select("table.mentoring-my-table tbody td:eq(1)").eachText());
        assertEquals(List.of("/confluence/display/MENT", "/confluence/display/EDDIE"),
                max.select("table.mentoring-my-table tbody th a").eachAttr("href"));
        assertEquals(List.of("io.mentoringspaces.mentoring-spaces:my-mentoring-resources"), confluence.pageBuilder().required());

        Document mia = render("mia", OutputType.DISPLAY);
        assertEquals(List.of("Mia\u2019s mentoring"), mia.select("table.mentoring-my-table tbody th").eachText());
        assertEquals("Mentee", mia.select("table.mentoring-my-table tbody td").get(0).text());
        assertEquals("For the mentor", mia.select("table.mentoring-my-table tbody td").get(4).text());

        assertEquals("You are not mentee or mentor of an active mentoring pair whose space you may view.",
                render("olga", OutputType.DISPLAY).select(".mentoring-my-empty").text());
    }

    @Test
    public void shouldRenderStaticallyWithAbsoluteLinksInExports() {
        for (OutputType output : List.of(OutputType.PDF, OutputType.WORD, OutputType.EMAIL, OutputType.HTML_EXPORT)) {
            Document page = render("max", output);
            assertEquals(2, page.select("table.mentoring-my-table tbody tr").size());
            assertEquals("https://wiki.example.com/confluence/display/MENT", page.selectFirst("tbody th a").attr("href"));
            assertTrue(page.select("script, form, button, input").isEmpty());
        }
    }

    @Test
    public void shouldListAClosedPairLastAsClosedOnItsDayInEveryOutput() {
        confluence.space("DONE", "Sam\u2019s closed mentoring");
        confluence.editor("DONE", "max");
        givenClosed(PlanRows.activeSinceStart(ao, plans, plans.create(new NewPlan("DONE", "grad", "key-sam", "Sam Spaceadmin",
                "key-max", "Max Mentor", LocalDate.of(2026, 1, 5), Cadence.WEEKLY))), LocalDate.of(2026, 2, 2), 900);

        for (OutputType output : List.of(OutputType.DISPLAY, OutputType.PDF, OutputType.EMAIL)) {
            Document page = render("max", output);

            assertEquals(List.of("Mia\u2019s mentoring", "Eddie\u2019s mentoring", "Sam\u2019s closed mentoring"),
                    page.select("table.mentoring-my-table tbody th").eachText());
            assertEquals(List.of("Mentor", "Sam Spaceadmin", "Closed on 2 Feb 2026", "Closed", "0", "0", "No meeting held yet"),
                    page.select("table.mentoring-my-table tbody tr").get(2).select("td").eachText());
        }
    }

    @Test
    public void shouldAskAnonymousReadersToLogIn() {
        confluence.anonymousAccess(true);
        confluence.grantAnonymous("~max", SpacePermission.VIEWSPACE_PERMISSION);

        assertEquals("warning: Log in to see this.", Html.message(render(null, OutputType.DISPLAY).html()));
    }

    @Test
    public void shouldShowTheInlineErrorPanelForAForbiddenCharacterInAParameter() throws Exception {
        confluence.loginAs("max");
        Macro macro = confluence.app().macros().get("mentoring-my-pairs");
        for (Map.Entry<String, String> bad : ForbiddenCharacters.ALL.entrySet()) {
            String html = macro.execute(Map.of("anything", "x" + bad.getValue()), null,
                    confluence.conversion(confluence.page(PAGE), "~max", OutputType.DISPLAY, DeviceType.DESKTOP));
            assertTrue(bad.getKey() + ": " + html, Html.message(html).startsWith("error: "));
        }
    }
}
