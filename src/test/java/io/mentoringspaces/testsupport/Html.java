package io.mentoringspaces.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading rendered HTML in tests. */
public final class Html {

    private Html() {
    }

    /** The markup with the white space between tags removed and other runs of white space collapsed. */
    public static String normalize(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
    }

    public static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    /** The text of the first element matching the selector, or null when none does. */
    public static String text(String html, String selector) {
        Element element = parse(html).selectFirst(selector);
        return element == null ? null : element.text();
    }

    /** The texts of every element matching the selector. */
    public static List<String> texts(String html, String selector) {
        return parse(html).select(selector).eachText();
    }

    /** The one AUI message the output consists of: its type and text. */
    public static String message(String html) {
        Document document = parse(html);
        assertEquals(html, 1, document.body().children().size());
        Element message = document.selectFirst("div.aui-message");
        assertTrue(html, message != null);
        String type = message.classNames().stream().filter(c -> c.startsWith("aui-message-")).findFirst().orElseThrow();
        return type.substring("aui-message-".length()) + ": " + message.text();
    }

    /** Static output: no script, no control, no hook for scripts. */
    public static void assertStatic(String html) {
        List<String> controls = parse(html).select("script, button, form, input, select, textarea, [data-rest-path]").stream()
                .map(Element::outerHtml)
                .toList();
        assertEquals(html, List.of(), controls);
    }

    /** The text as a JSON string literal. */
    public static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * What would run script in a browser: script elements, event-handler attributes, and
     * {@code javascript:} (or {@code vbscript:}, {@code data:}) URLs in any attribute. An SVG counts too,
     * unless it is one of the app's charts (the {@code svg} of a {@code figure.mentoring-chart}) holding
     * only the shapes and texts charts draw.
     */
    public static List<String> activeContent(String html) {
        List<String> found = new ArrayList<>();
        Document document = parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (List.of("script", "iframe", "object", "embed", "math", "base", "meta", "link").contains(tag)
                    || tag.equals("svg") && !isChart(element)) {
                found.add(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:") || name.equals("srcdoc") || name.equals("formaction")) {
                    found.add(tag + "[" + attribute.getKey() + "=" + attribute.getValue() + "]");
                }
            }
        }
        return found;
    }

    private static final List<String> CHART_ELEMENTS = List.of("title", "desc", "rect", "line", "polyline", "circle", "text");

    private static boolean isChart(Element svg) {
        Element parent = svg.parent();
        if (parent == null || !parent.tagName().equals("figure") || !parent.hasClass("mentoring-chart")) {
            return false;
        }
        return svg.getAllElements().stream().skip(1).allMatch(e -> CHART_ELEMENTS.contains(e.tagName().toLowerCase(Locale.ROOT)));
    }
}
