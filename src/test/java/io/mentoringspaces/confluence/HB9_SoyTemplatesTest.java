package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * HB-9: the app's wizard Soy compiles with the Closure Templates compiler of Confluence's generation
 * (2016-01-12, loaded apart from the tests' class path) together with the test Confluence's stand-in for
 * the create-content plugin's {@code createSpaceFormFields}, and renders with {@code getText} in the
 * user's language and every printed value escaped for its place in the HTML.
 */
public class HB9_SoyTemplatesTest {

    private static final String SPACE_WIZARD = "MentoringSpaces.Blueprints.spaceWizard";
    private static SoyTemplates marked;
    private static SoyTemplates german;

    @BeforeClass
    public static void compileTheWizards() {
        marked = new SoyTemplates(CreateSpaceDialog.SOY, key -> "[" + key + "]");
        german = new SoyTemplates(CreateSpaceDialog.SOY,
                new BundleI18nResolver(() -> Locale.GERMANY, ConfluenceDouble::bundle)::getText);
    }

    @Test
    public void shouldRenderEveryFieldOfTheSpaceWizardWithALabelAndAPlaceForItsError() {
        Document html = Jsoup.parseBodyFragment(marked.render(SPACE_WIZARD, Map.of(), Map.of()));
        Element form = html.selectFirst("form.mentoring-wizard");
        assertNotNull(form);

        List<String> names = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            names.add(field.attr("name"));
            assertNotNull("label of " + field.attr("name"), form.selectFirst("label[for=" + field.id() + "]"));
        }
        assertEquals(List.of("name", "spaceKey"), names.subList(0, 2));
        for (String name : names.subList(2, names.size())) {
            assertNotNull("error place of " + name, form.selectFirst("[data-mentoring-error=" + name + "]"));
        }
        assertTrue(names.toString(), names.containsAll(List.of("programme", "mentor", "mentee", "startDate", "cadence", "objectives")));
    }

    @Test
    public void shouldWriteEachGetTextInTheUsersLanguage() throws Exception {
        Document html = Jsoup.parseBodyFragment(german.render(SPACE_WIZARD, Map.of(), Map.of()));

        assertEquals(SourceFiles.i18n("de").getProperty("mentoring.blueprint.wizard.objectives"),
                html.selectFirst("label[for=mentoring-objectives]").text());
        assertEquals("[mentoring.blueprint.wizard.mentor.placeholder]",
                Jsoup.parseBodyFragment(marked.render(SPACE_WIZARD, Map.of(), Map.of())).selectFirst("#mentoring-mentor")
                        .attr("placeholder"));
    }

    @Test
    public void shouldEscapeEveryPrintedValueForItsPlaceInTheHtml() {
        String hostile = "\"><script>alert(1)</script>";
        String rendered = marked.render(SPACE_WIZARD, Map.of(), Map.of("name", hostile, "key", hostile));

        assertFalse(rendered, rendered.contains("<script>"));
        Document html = Jsoup.parseBodyFragment(rendered);
        assertEquals(hostile, html.selectFirst("[name=name]").attr("value"));
        assertEquals(hostile, html.selectFirst("[name=spaceKey]").attr("value"));
    }
}
