package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;

/** The test Confluence's view of storage format beyond what the macros' bodies need (HB2): the page around them. */
public class PageRendererTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
    private Page page;

    /** A macro that always fails, as a broken macro of another plugin would. */
    private static final class Failing implements Macro {

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            throw new MacroExecutionException("The <feed> is down");
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    @Before
    public void givenAPage() {
        confluence.space("TEAM", "Team");
        page = confluence.page(10, "TEAM", null, "Notes", "");
        confluence.macro("failing", new Failing());
    }

    private Document render(String storage) {
        page.setBodyAsString(storage);
        return Jsoup.parseBodyFragment(confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP));
    }

    @Test
    public void shouldKeepHeadingsParagraphsListsAndGiveTablesConfluencesClasses() {
        Document html = render("<h2>Aims</h2><p>One <strong>two</strong></p><ol><li>a</li></ol>"
                + "<table><tbody><tr><th>Goal</th><td colspan=\"2\">Speak</td></tr></tbody></table>");

        assertEquals("Aims", html.selectFirst("h2").text());
        assertEquals("two", html.selectFirst("p > strong").text());
        assertEquals("a", html.selectFirst("ol > li").text());
        assertEquals("Speak", html.selectFirst("div.table-wrap > table.confluenceTable td.confluenceTd[colspan=2]").text());
        assertEquals("Goal", html.selectFirst("th.confluenceTh").text());
    }

    @Test
    public void shouldLayOutSectionsAndCells() {
        Document html = render("<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>Left</p></ac:layout-cell>"
                + "<ac:layout-cell><p>Right</p></ac:layout-cell></ac:layout-section></ac:layout>");

        assertEquals(List.of("Left", "Right"),
                html.select("div.contentLayout2 > div.columnLayout.two-equal[data-layout=two-equal] > div.cell > div.innerCell")
                        .eachText());
    }

    @Test
    public void shouldShowCodeAsWrittenInAPre() {
        Document html = render("<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">xml</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[<b>bold</b>]]></ac:plain-text-body></ac:structured-macro>");

        assertEquals("<b>bold</b>", html.selectFirst("div.code.panel pre.syntaxhighlighter-pre").text());
        assertEquals("brush: xml; gutter: false; theme: Confluence",
                html.selectFirst("pre").attr("data-syntaxhighlighter-params"));
    }

    @Test
    public void shouldSayAMacroIsUnknownAndShowAFailingMacrosMessageInAnErrorPanel() {
        Document html = render("<ac:structured-macro ac:name=\"nobody-has-it\"/>"
                + "<ac:structured-macro ac:name=\"failing\"/>");

        assertEquals("Unknown macro: {nobody-has-it}", html.selectFirst("div.error > span.error").text());
        assertEquals("Error rendering macro 'failing' The <feed> is down",
                html.selectFirst("div.aui-message.aui-message-error").text());
    }

    @Test
    public void shouldLinkAMissingPageToItsCreation() {
        Document html = render("<p><ac:link><ri:page ri:content-title=\"Later\"/></ac:link></p>");

        assertEquals("https://wiki.example.com/pages/createpage.action?spaceKey=TEAM&title=Later",
                html.selectFirst("a.createlink").attr("href"));
    }

    @Test
    public void shouldLeaveOutScriptsHandlersAndScriptUrls() {
        Document html = render("<p onclick=\"x()\">Text<script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">a</a><a href=\"https://example.com/\">b</a></p>");

        assertNull(html.selectFirst("script"));
        assertEquals("", html.selectFirst("p").attr("onclick"));
        assertEquals(List.of("a", "b"), html.select("a").eachText());
        assertEquals(List.of("https://example.com/"), html.select("a[href]").eachAttr("href"));
    }
}
