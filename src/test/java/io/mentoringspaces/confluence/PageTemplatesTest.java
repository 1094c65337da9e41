package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.Test;

public class PageTemplatesTest {

    private static PageTemplates templates(String... keysAndTexts) {
        Properties bundle = new Properties();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            bundle.setProperty(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return new PageTemplates(HostBinding.bind(I18nResolver.class, new BundleI18nResolver(() -> Locale.UK,
                locale -> locale.isEmpty() ? bundle : new Properties())));
    }

    @Test
    public void shouldTranslateTextsAndEscapeVariablesUnlessTheyAreRawStorageFormat() {
        String page = templates("a.heading", "Aims & <goals>").expand(
                "<h2><at:i18n at:key=\"a.heading\"/></h2><p><at:var at:name=\"aims\"/></p>"
                + "<at:var at:name=\"agendaXhtml\" at:rawxhtml=\"true\"/><at:var at:name=\"oldXhtml\" at:rawXhtml=\"true\"/>"
                + "<p><at:var at:name=\"missing\"/></p>",
                Map.of("aims", "<b>Talk</b>", "agendaXhtml", "<ol><li>Goal</li></ol>", "oldXhtml", "<hr/>"));

        assertEquals("<h2>Aims &amp; &lt;goals&gt;</h2><p>&lt;b&gt;Talk&lt;/b&gt;</p><ol><li>Goal</li></ol><hr/><p></p>", page);
    }

    @Test
    public void shouldDropTheDeclarations() {
        assertEquals("<p>x</p>", templates().expand(
                "<at:declarations><at:string at:name=\"aims\"/></at:declarations><p>x</p>", Map.of()));
    }

    @Test
    public void shouldExpandATemplateOfTheApp() {
        String page = templates("mentoring.blueprint.feedback.intro", "Intro").render("templates/blueprint/feedback-log.xml",
                Map.of());

        assertTrue(page.startsWith("<p>Intro</p>\n<ac:structured-macro ac:name=\"mentoring-feedback-log\"/>"));
        assertFalse(page.contains("at:"));
    }
}
