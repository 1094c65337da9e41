package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import io.mentoringspaces.testsupport.Html;
import java.util.List;
import java.util.Set;
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
            String display = render(use, "mia", OutputType.DISPLAY);
            assertTrue(use.name(), Html.parse(display).select("button, input").size() > 0
                    || Set.of("mentoring-meetings", "mentoring-feedback-log").contains(use.name()));
            for (OutputType outputType : STATIC_OUTPUT_TYPES) {
                confluence.pageBuilder().clear();
                String html = render(use, "mia", outputType);
                Html.assertStatic(html);
                assertEquals(use.name() + " " + outputType, figures(display), figures(html));
                assertTrue(use.name() + " " + outputType, html.contains("mentoring-static"));
                assertEquals(use.name() + " " + outputType, List.of(), confluence.pageBuilder().required());
            }
        }
    }

    @Test
    public void shouldRenderStaticHtmlOnMobileDevices() {
        for (Use use : givenAPlanInUse()) {
            Html.assertStatic(render(use, "mia", OutputType.DISPLAY, DeviceType.MOBILE));
        }
        assertEquals(List.of(), confluence.pageBuilder().required());
    }

    @Test
    public void shouldDrawProgressBarsWithInlineStylesOnlyInStaticOutput() {
        Use checklist = givenAPlanInUse().get(2);

        String display = render(checklist, "mia", OutputType.DISPLAY);
        String pdf = render(checklist, "mia", OutputType.PDF);

        assertEquals("width: 50%", Html.parse(display).selectFirst(".mentoring-progress-value").attr("style"));
        assertEquals("display: block; width: 50%; height: 8px; background-color: #36b37e; border-radius: 4px",
                Html.parse(pdf).selectFirst(".mentoring-progress-value").attr("style"));
        assertFalse(Html.parse(pdf).selectFirst(".mentoring-progress-track").attr("style").isEmpty());
    }

    @Test
    public void shouldRequireEachMacrosWebResourceOnlyWhenInteractive() {
        List<Use> uses = givenAPlanInUse();
        for (Use use : uses) {
            confluence.pageBuilder().clear();
            render(use, "vera", OutputType.DISPLAY);
            assertEquals(List.of("io.mentoringspaces.mentoring-spaces:macro-" + use.name().substring("mentoring-".length())),
                    confluence.pageBuilder().required());
        }
    }
}
