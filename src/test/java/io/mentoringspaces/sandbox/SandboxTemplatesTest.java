package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Map;
import org.junit.Test;

public class SandboxTemplatesTest {

    /** Every text is its key, unless a test says otherwise. */
    private final I18nResolver i18n = mock(I18nResolver.class, call -> call.getArgument(0));
    private final SandboxTemplates templates = new SandboxTemplates(i18n);

    @Test
    public void shouldTranslateTextsAndEscapeVariablesUnlessTheyAreRawStorageFormat() {
        when(i18n.getText("a.heading")).thenReturn("Aims & <goals>");

        String page = templates.expand("<h2><at:i18n at:key=\"a.heading\"/></h2><p><at:var at:name=\"aims\"/></p>"
                + "<at:var at:name=\"agendaXhtml\" at:rawxhtml=\"true\"/><p><at:var at:name=\"missing\"/></p>",
                Map.of("aims", "<b>Talk</b>", "agendaXhtml", "<ol><li>Goal</li></ol>"));

        assertEquals("<h2>Aims &amp; &lt;goals&gt;</h2><p>&lt;b&gt;Talk&lt;/b&gt;</p><ol><li>Goal</li></ol><p></p>", page);
    }

    @Test
    public void shouldExpandATemplateOfTheApp() {
        when(i18n.getText("mentoring.blueprint.feedback.intro")).thenReturn("Intro");

        String page = templates.render("templates/blueprint/feedback-log.xml", Map.of());

        assertTrue(page.startsWith("<p>Intro</p>\n<h2>mentoring.blueprint.feedback.asked</h2>"));
        assertFalse(page.contains("at:"));
    }
}
