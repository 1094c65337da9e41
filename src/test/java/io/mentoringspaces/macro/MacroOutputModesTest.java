package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.Html;
import io.mentoringspaces.testsupport.MacroHarness;
import java.util.List;
import org.junit.Test;

/**
 * In every output type but display (preview, PDF and Word export, HTML export, e-mail, feeds, diffs)
 * and on mobile devices, the macros render static HTML: no script, no controls, no hooks for scripts,
 * no web resources, and the same figures as in view mode.
 */
public class MacroOutputModesTest extends MacroTestBase {

    /** What a macro shows as figures and words, whatever its output. */
    private static List<String> figures(String html) {
        return Html.texts(html, ".mentoring-goal-title, .aui-lozenge, .mentoring-goal-due, .mentoring-progress-label, "
                + ".mentoring-agreement, .mentoring-history li, .mentoring-item-text, .mentoring-checklist-item label, "
                + ".mentoring-meetings-figures li, .mentoring-timeline-item");
    }

    @Test
    public void shouldRenderStaticHtmlWithTheSameFiguresInEveryOutputButDisplay() {
        List<Use> uses = givenAPlanInUse();
        for (Use use : uses) {
            String display = render(use, "mia", "display");
            assertTrue(use.name(), Html.parse(display).select("button, input").size() > 0 || use.name().equals("mentoring-meetings"));
            for (String outputType : MacroHarness.STATIC_OUTPUT_TYPES) {
                h.requiredResources.clear();
                String html = render(use, "mia", outputType);
                Html.assertStatic(html);
                assertEquals(use.name() + " " + outputType, figures(display), figures(html));
                assertTrue(use.name() + " " + outputType, html.contains("mentoring-static"));
                assertEquals(use.name() + " " + outputType, List.of(), h.requiredResources);
            }
        }
    }

    @Test
    public void shouldRenderStaticHtmlOnMobileDevices() throws Exception {
        for (Use use : givenAPlanInUse()) {
            h.confluence.loginAs("mia");
            String html = use.macro().execute(use.parameters(), use.body(),
                    h.context(h.confluence.content(use.pageId()), "display", "mobile"));
            Html.assertStatic(html);
        }
        assertEquals(List.of(), h.requiredResources);
    }

    @Test
    public void shouldDrawProgressBarsWithInlineStylesOnlyInStaticOutput() {
        Use checklist = givenAPlanInUse().get(2);

        String display = render(checklist, "mia", "display");
        String pdf = render(checklist, "mia", "pdf");

        assertEquals("width: 50%", Html.parse(display).selectFirst(".mentoring-progress-value").attr("style"));
        assertEquals("display: block; width: 50%; height: 8px; background-color: #36b37e; border-radius: 4px",
                Html.parse(pdf).selectFirst(".mentoring-progress-value").attr("style"));
        assertFalse(Html.parse(pdf).selectFirst(".mentoring-progress-track").attr("style").isEmpty());
    }

    @Test
    public void shouldRequireEachMacrosWebResourceOnlyWhenInteractive() {
        List<Use> uses = givenAPlanInUse();
        for (Use use : uses) {
            h.requiredResources.clear();
            render(use, "vera", "display");
            assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-" + use.name().substring("mentoring-".length())),
                    h.requiredResources);
        }
    }
}
