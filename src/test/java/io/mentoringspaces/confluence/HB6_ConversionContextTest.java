package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

/**
 * host-behaviour.md HB-6: a conversion context gives the output type and the device type as the
 * lower-case strings of Confluence's enums (display, preview, word, pdf, html_export, feed, email,
 * diff; desktop, mobile), the page as its entity and its space's key; its properties last for one
 * render of the page. A macro gets its parameters with Confluence's raw-parameter entry, and only in
 * the display output is its output marked as a macro's (DefaultViewMacroWrapper).
 */
public class HB6_ConversionContextTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private final RecordingMacro macro = new RecordingMacro(Macro.BodyType.NONE);
    private Page page;

    @Before
    public void givenAPageWithTwoMacros() {
        confluence.space("MENT", "Mia's mentoring");
        confluence.macro("probe", macro);
        page = confluence.page(100, "MENT", null, "Meeting", "<ac:structured-macro ac:name=\"probe\">"
                + "<ac:parameter ac:name=\"goalKey\">g-1</ac:parameter><ac:parameter ac:name=\"title\">Speak</ac:parameter>"
                + "</ac:structured-macro><p>and</p><ac:structured-macro ac:name=\"probe\"/>");
    }

    @Test
    public void shouldGiveEveryOutputTypeAsItsLowerCaseName() {
        List<String> seen = new ArrayList<>();
        for (OutputType output : OutputType.values()) {
            confluence.render(page.getId(), output, DeviceType.DESKTOP);
            seen.add(macro.last().outputType());
        }

        assertEquals(List.of("display", "preview", "word", "pdf", "html_export", "feed", "email", "diff"), seen);
    }

    @Test
    public void shouldGiveTheDeviceTypeAsItsLowerCaseName() {
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.MOBILE);
        String mobile = macro.last().deviceType();
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);

        assertEquals(List.of("mobile", "desktop"), List.of(mobile, macro.last().deviceType()));
    }

    @Test
    public void shouldGiveThePageAsEntityItsSpaceKeyAndTheMacrosName() {
        confluence.render(page.getId(), OutputType.PDF, DeviceType.DESKTOP);

        assertSame(page, macro.last().entity());
        assertEquals("MENT", macro.last().spaceKey());
        assertEquals("probe", macro.last().macroName());
    }

    @Test
    public void shouldKeepPropertiesForOneRenderOfThePage() {
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);

        assertEquals(Arrays.asList(null, "call 1", null, "call 3"), macro.calls().stream().map(RecordingMacro.Call::kept).toList());
    }

    @Test
    public void shouldHandTheParametersWithTheRawParameterEntry() {
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);

        assertEquals(Map.of("goalKey", "g-1", "title", "Speak", PageRenderer.RAW_PARAMETERS, "goalKey=g-1|title=Speak"),
                macro.calls().get(0).parameters());
        assertNull(macro.calls().get(1).parameters().get(PageRenderer.RAW_PARAMETERS));
    }

    @Test
    public void shouldMarkTheMacrosOutputOnlyInTheDisplayOutput() {
        Element display = Jsoup.parseBodyFragment(confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP))
                .selectFirst("p.recorded");
        Element pdf = Jsoup.parseBodyFragment(confluence.render(page.getId(), OutputType.PDF, DeviceType.DESKTOP))
                .selectFirst("p.recorded");

        assertEquals("recorded conf-macro output-block", display.className());
        assertEquals("probe", display.attr("data-macro-name"));
        assertEquals("false", display.attr("data-hasbody"));
        assertEquals("recorded", pdf.className());
    }
}
