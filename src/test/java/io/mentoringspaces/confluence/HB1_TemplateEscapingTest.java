package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * host-behaviour.md HB-1: Confluence's template renderer HTML-encodes a reference's value unless the
 * reference is scalar and named as HTML (or body, head, xHtmlContent), the value was returned by a
 * method named as HTML or as a renderer, or the template disables escaping. A value read from a map
 * is never safe: {@code $goal.stateHtml} on a map is escaped.
 */
public class HB1_TemplateEscapingTest {

    private static final String MARKUP = "<b class=\"x\">Tom's & Jerry's</b>";
    private static final String ESCAPED = "&lt;b class=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/b&gt;";

    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    /** A view bean with getters and methods named as Confluence's renderer recognises them. */
    public static final class View {

        public String getStateHtml() {
            return MARKUP;
        }

        public String renderRow(String cell) {
            return "<tr><td>" + cell + "</td></tr>";
        }

        public String getRenderedTitle() {
            return MARKUP;
        }

        public String getTitle() {
            return MARKUP;
        }
    }

    private Map<String, String> lines(String template, Map<String, Object> model) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : renderer.renderFragment(template, model).split("\n")) {
            if (line.contains("=")) {
                lines.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return lines;
    }

    private Map<String, String> references() {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("stateHtml", MARKUP);
        goal.put("renderRow", MARKUP);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("goal", goal);
        model.put("stateHtml", MARKUP);
        model.put("tableHtml", MARKUP);
        model.put("body", MARKUP);
        model.put("head", MARKUP);
        model.put("xHtmlContent", MARKUP);
        model.put("text", MARKUP);
        model.put("view", new View());
        return lines("confluence/hb1-references.vm", model);
    }

    @Test
    public void shouldEscapeADottedHtmlReferenceIntoAMap() {
        Map<String, String> lines = references();

        assertEquals(ESCAPED, lines.get("dotted"));
        assertEquals(ESCAPED, lines.get("dottedRender"));
    }

    @Test
    public void shouldNotEscapeAScalarReferenceNamedAsHtml() {
        Map<String, String> lines = references();

        assertEquals(MARKUP, lines.get("scalar"));
        assertEquals(MARKUP, lines.get("quiet"));
        assertEquals("a map's value set to a scalar named as HTML", MARKUP, lines.get("copiedHtml"));
    }

    @Test
    public void shouldNotEscapeBodyHeadAndXhtmlContent() {
        Map<String, String> lines = references();

        assertEquals(List.of(MARKUP, MARKUP, MARKUP), List.of(lines.get("body"), lines.get("head"), lines.get("xHtmlContent")));
    }

    @Test
    public void shouldNotEscapeWhatAMethodNamedAsHtmlOrAsARendererReturns() {
        Map<String, String> lines = references();

        assertEquals(MARKUP, lines.get("getter"));
        assertEquals(MARKUP, lines.get("getterCall"));
        assertEquals("<tr><td><i>x</i></td></tr>", lines.get("render"));
        assertEquals(MARKUP, lines.get("getRender"));
        assertEquals("the value stays safe in a variable", MARKUP, lines.get("kept"));
    }

    @Test
    public void shouldEscapeEverythingElseWithTheApostropheAsNumericReference() {
        Map<String, String> lines = references();

        assertEquals(ESCAPED, lines.get("text"));
        assertEquals(ESCAPED, lines.get("plain"));
    }

    @Test
    public void shouldWriteEveryReferenceAsItIsInATemplateThatDisablesEscaping() {
        assertEquals(MARKUP, lines("confluence/hb1-disabled.vm", Map.of("text", MARKUP)).get("text"));
    }
}
