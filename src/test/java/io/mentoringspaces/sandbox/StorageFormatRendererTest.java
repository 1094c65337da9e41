package io.mentoringspaces.sandbox;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class StorageFormatRendererTest {

    private final StorageFormatRenderer renderer = new StorageFormatRenderer(
            (name, parameters, body) -> "[" + name + " " + parameters + " body=" + body + "]",
            title -> title.equals("Growth plan") ? "/sandbox/pages/2" : null);

    @Test
    public void shouldKeepSimpleFormattingAndEscapeText() {
        assertEquals("<h2>Aims &amp; goals</h2><p>a&nbsp;b <strong>&lt;script&gt;</strong></p>",
                renderer.render("<h2>Aims &amp; goals</h2><p>a&nbsp;b <strong>&lt;script&gt;</strong></p>"));
    }

    @Test
    public void shouldDropUnknownElementsAndTheirAttributesButKeepTheirText() {
        assertEquals("<p>click</p>", renderer.render("<p><blink onclick=\"alert(1)\">click</blink></p>"));
        assertEquals("<p>x</p>", renderer.render("<p style=\"color:red\" onmouseover=\"alert(1)\">x</p>"));
    }

    @Test
    public void shouldKeepOnlyHttpAndRelativeLinks() {
        assertEquals("<a href=\"https://example.com/?a=1&amp;b=2\">ok</a><a>bad</a>",
                renderer.render("<a href=\"https://example.com/?a=1&amp;b=2\">ok</a><a href=\"javascript:alert(1)\">bad</a>"));
    }

    @Test
    public void shouldHandMacrosTheirParametersAndBody() {
        String html = renderer.render("<ac:structured-macro ac:name=\"mentoring-goal\"><ac:parameter ac:name=\"title\">Speak</ac:parameter>"
                + "<ac:rich-text-body><p>Step 1</p></ac:rich-text-body></ac:structured-macro>");

        assertEquals("[mentoring-goal " + Map.of("title", "Speak") + " body=<p>Step 1</p>]", html);
    }

    @Test
    public void shouldHandMacrosTheirRichTextBodyRenderedWithTheMacrosInIt() {
        String html = renderer.render("<ac:structured-macro ac:name=\"outer\"><ac:rich-text-body><p onclick=\"x\">a<blink>b</blink></p>"
                + "<ac:structured-macro ac:name=\"inner\"/></ac:rich-text-body></ac:structured-macro>");

        assertEquals("[outer {} body=<p>ab</p>[inner {} body=]]", html);
    }

    @Test
    public void shouldKeepTheTypeOfALayoutSection() {
        assertEquals("<div class=\"sandbox-layout\"><div class=\"sandbox-layout-section two_right_sidebar\">"
                + "<div class=\"sandbox-layout-cell\"><p>a</p></div></div></div>",
                renderer.render("<ac:layout><ac:layout-section ac:type=\"two_right_sidebar\"><ac:layout-cell><p>a</p>"
                        + "</ac:layout-cell></ac:layout-section></ac:layout>"));
    }

    @Test
    public void shouldRenderTaskListsAsDisabledCheckboxes() {
        assertEquals("<ul class=\"sandbox-task-list\"><li><label><input type=\"checkbox\" disabled checked> <span>Book room</span>"
                + "</label></li><li><label><input type=\"checkbox\" disabled> <span>Read chapter</span></label></li></ul>",
                renderer.render("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete</ac:task-status>"
                        + "<ac:task-body>Book room</ac:task-body></ac:task><ac:task><ac:task-status>incomplete</ac:task-status>"
                        + "<ac:task-body>Read chapter</ac:task-body></ac:task></ac:task-list>"));
    }

    @Test
    public void shouldLinkPagesOfTheSpaceByTitle() {
        assertEquals("<a href=\"/sandbox/pages/2\">the plan</a><span class=\"sandbox-missing-link\">Nowhere</span>",
                renderer.render("<ac:link><ri:page ri:content-title=\"Growth plan\"/><ac:plain-text-link-body><![CDATA[the plan]]>"
                        + "</ac:plain-text-link-body></ac:link><ac:link><ri:page ri:content-title=\"Nowhere\"/></ac:link>"));
    }
}
