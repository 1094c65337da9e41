package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * host-behaviour.md HB-2: Confluence hands a rich-text macro its body already converted to view HTML
 * (ViewMacroMarshaller, RichTextMacroBody): a user mention is a user link with the person's name, a
 * status macro a lozenge, a page link an {@code a}, a task list an {@code inline-task-list}; no
 * storage-format element is left. A plain-text macro gets its body as written; a macro without body
 * an empty string.
 */
public class HB2_RichTextMacroBodyTest {

    private static final String ITEMS = "<ul>"
            + "<li><ac:link><ri:user ri:userkey=\"key-mia\"/></ac:link> prepares the agenda</li>"
            + "<li>Status: <ac:structured-macro ac:name=\"status\" ac:schema-version=\"1\">"
            + "<ac:parameter ac:name=\"colour\">Green</ac:parameter><ac:parameter ac:name=\"title\">Done</ac:parameter>"
            + "</ac:structured-macro></li>"
            + "<li>Read <ac:link><ri:page ri:content-title=\"Growth plan\"/>"
            + "<ac:plain-text-link-body><![CDATA[the plan & goals]]></ac:plain-text-link-body></ac:link></li>"
            + "<li>Ask&nbsp;for feedback&rsquo;s date: <time datetime=\"2026-03-16\"/> <ac:emoticon ac:name=\"smile\"/></li>"
            + "</ul>"
            + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
            + "<ac:task-body>Book a room</ac:task-body></ac:task>"
            + "<ac:task><ac:task-id>2</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            + "<ac:task-body>Send <ac:link><ri:user ri:userkey=\"key-max\"/></ac:link> the notes</ac:task-body></ac:task>"
            + "</ac:task-list>";

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"),
            ZoneOffset.UTC));
    private final RecordingMacro richText = new RecordingMacro(Macro.BodyType.RICH_TEXT);
    private final RecordingMacro plainText = new RecordingMacro(Macro.BodyType.PLAIN_TEXT);
    private final RecordingMacro noBody = new RecordingMacro(Macro.BodyType.NONE);
    private Page growthPlan;

    @Before
    public void givenASpaceWithPages() {
        confluence.user("mia", "Mia Mentee");
        confluence.user("max", "Max Mentor");
        confluence.space("MENT", "Mia's mentoring");
        growthPlan = confluence.page(100, "MENT", null, "Growth plan", "");
        confluence.macro("rich", richText);
        confluence.macro("plain", plainText);
        confluence.macro("none", noBody);
        confluence.loginAs("max");
    }

    @After
    public void logOut() {
        confluence.loginAs(null);
    }

    private String bodyOfRichTextMacro(String body) {
        Page page = confluence.page(200, "MENT", null, "Meeting", "<ac:structured-macro ac:name=\"rich\"><ac:rich-text-body>"
                + body + "</ac:rich-text-body></ac:structured-macro>");
        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);
        return richText.last().body();
    }

    @Test
    public void shouldHandARichTextMacroItsBodyAsViewHtmlWithoutStorageFormat() {
        String body = bodyOfRichTextMacro(ITEMS);

        assertFalse(body, body.contains("ac:"));
        assertFalse(body, body.contains("ri:"));
        assertFalse(body, body.contains("CDATA"));
        Document html = Jsoup.parseBodyFragment(body);
        assertEquals(List.of("Mia Mentee prepares the agenda", "Status: Done", "Read the plan & goals",
                "Ask for feedback\u2019s date: 16 Mar 2026"), html.select("ul:not(.inline-task-list) > li").eachText());
    }

    @Test
    public void shouldTurnAUserMentionIntoALinkWithThePersonsName() {
        Element mention = Jsoup.parseBodyFragment(bodyOfRichTextMacro(ITEMS)).selectFirst("a.confluence-userlink.user-mention");

        assertEquals("Mia Mentee", mention.text());
        assertEquals("mia", mention.attr("data-username"));
        assertEquals("https://wiki.example.com/display/~mia", mention.attr("href"));
    }

    @Test
    public void shouldTurnAStatusMacroIntoALozenge() {
        Element lozenge = Jsoup.parseBodyFragment(bodyOfRichTextMacro(ITEMS)).selectFirst("span.status-macro");

        assertEquals("Done", lozenge.text());
        assertTrue(lozenge.classNames().containsAll(List.of("aui-lozenge", "aui-lozenge-success", "conf-macro", "output-inline")));
    }

    @Test
    public void shouldTurnAPageLinkIntoAnAnchorToThePage() {
        Element link = Jsoup.parseBodyFragment(bodyOfRichTextMacro(ITEMS)).selectFirst("a[data-linked-resource-type=page]");

        assertEquals("the plan & goals", link.text());
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=" + growthPlan.getId(), link.attr("href"));
    }

    @Test
    public void shouldTurnATaskListIntoAnInlineTaskListWithTheDoneTasksChecked() {
        Document html = Jsoup.parseBodyFragment(bodyOfRichTextMacro(ITEMS));

        assertEquals(List.of("Book a room", "Send Max Mentor the notes"), html.select("ul.inline-task-list > li").eachText());
        assertEquals(List.of("checked", ""), html.select("ul.inline-task-list > li").stream().map(Element::className).toList());
        assertEquals("200", html.selectFirst("ul.inline-task-list").attr("data-inline-tasks-content-id"));
    }

    @Test
    public void shouldTurnAnEmoticonIntoAnImage() {
        Element emoticon = Jsoup.parseBodyFragment(bodyOfRichTextMacro(ITEMS)).selectFirst("img.emoticon");

        assertEquals("smile", emoticon.attr("data-emoticon-name"));
    }

    @Test
    public void shouldRunAMacroNestedInTheBodyBeforeHandingOverTheBody() {
        String outer = bodyOfRichTextMacro("<p>Outer</p><ac:structured-macro ac:name=\"rich\"><ac:rich-text-body>"
                + "<p><ac:link><ri:user ri:userkey=\"key-mia\"/></ac:link></p></ac:rich-text-body></ac:structured-macro>");

        String inner = richText.calls().get(0).body();
        assertEquals("Mia Mentee", Jsoup.parseBodyFragment(inner).selectFirst("p > a.user-mention").text());
        Element nested = Jsoup.parseBodyFragment(outer).selectFirst("p.recorded.conf-macro.output-block[data-macro-name=rich]");
        assertEquals("1", nested.text());
        assertEquals("true", nested.attr("data-hasbody"));
    }

    @Test
    public void shouldHandAPlainTextMacroItsBodyAsWrittenAndAMacroWithoutBodyAnEmptyOne() {
        Page page = confluence.page(300, "MENT", null, "Code", "<ac:structured-macro ac:name=\"plain\">"
                + "<ac:plain-text-body><![CDATA[if (a < b && c) { <ac:link/> }]]></ac:plain-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"none\"><ac:parameter ac:name=\"x\">1</ac:parameter></ac:structured-macro>");

        confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);

        assertEquals("if (a < b && c) { <ac:link/> }", plainText.last().body());
        assertEquals("", noBody.last().body());
    }
}
