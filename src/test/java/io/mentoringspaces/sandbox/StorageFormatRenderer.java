package io.mentoringspaces.sandbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The sandbox's stand-in for Confluence's page renderer: turns a page's storage format into HTML.
 * Macros are handed to a {@link Macros} callback (the app's macros run for real there) with a rich-text
 * body already rendered, as Confluence hands it to them; everything
 * else is rendered simply: headings, paragraphs, lists, tables, task lists, links and layouts. Text
 * is always escaped; only http(s) and relative links are kept.
 */
public final class StorageFormatRenderer {

    /** Renders one macro occurrence to HTML. */
    @FunctionalInterface
    public interface Macros {
        String render(String name, Map<String, String> parameters, String body);
    }

    /** Resolves a link to a page of the same space by title; null when there is no such page. */
    @FunctionalInterface
    public interface PageLinks {
        String urlOf(String title);
    }

    private static final Set<String> KEPT = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table",
            "thead", "tbody", "tr", "th", "td", "strong", "b", "em", "i", "u", "s", "code", "pre", "blockquote", "br",
            "hr", "span", "div", "sub", "sup", "time");

    private final Macros macros;
    private final PageLinks links;

    public StorageFormatRenderer(Macros macros, PageLinks links) {
        this.macros = macros;
        this.links = links;
    }

    public String render(String storageFormat) {
        Document document = Jsoup.parse(storageFormat == null ? "" : storageFormat, "", Parser.xmlParser());
        StringBuilder html = new StringBuilder();
        for (Node node : document.childNodes()) {
            render(node, html);
        }
        return html.toString();
    }

    private void render(Node node, StringBuilder html) {
        if (node instanceof CDataNode cdata) {
            html.append(Entities.escape(cdata.text()));
        } else if (node instanceof TextNode text) {
            html.append(Entities.escape(text.getWholeText()));
        } else if (node instanceof Element element) {
            renderElement(element, html);
        }
    }

    private void renderChildren(Element element, StringBuilder html) {
        for (Node child : element.childNodes()) {
            render(child, html);
        }
    }

    private void renderElement(Element element, StringBuilder html) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        switch (tag) {
            case "ac:structured-macro" -> html.append(macro(element));
            case "ac:task-list" -> {
                html.append("<ul class=\"sandbox-task-list\">");
                for (Element task : element.children()) {
                    if (task.tagName().equalsIgnoreCase("ac:task")) {
                        renderTask(task, html);
                    }
                }
                html.append("</ul>");
            }
            case "ac:link" -> renderLink(element, html);
            case "a" -> {
                String href = element.attr("href").strip();
                boolean safe = href.startsWith("https://") || href.startsWith("http://") || href.startsWith("/");
                html.append(safe ? "<a href=\"" + Entities.escape(href) + "\">" : "<a>");
                renderChildren(element, html);
                html.append("</a>");
            }
            case "ac:layout", "ac:layout-section", "ac:layout-cell" -> {
                String type = element.attr("ac:type").replaceAll("[^a-z0-9_]", "");
                html.append("<div class=\"sandbox-").append(tag.substring(3)).append(type.isEmpty() ? "" : " " + type).append("\">");
                renderChildren(element, html);
                html.append("</div>");
            }
            case "ac:placeholder", "ac:parameter", "ri:page", "ri:user", "ri:space", "ac:image" -> {
                // Editor hints and references outside links are not shown in view mode.
            }
            default -> {
                if (KEPT.contains(tag)) {
                    html.append('<').append(tag).append('>');
                    if (!tag.equals("br") && !tag.equals("hr")) {
                        renderChildren(element, html);
                        html.append("</").append(tag).append('>');
                    }
                } else {
                    renderChildren(element, html);
                }
            }
        }
    }

    private void renderTask(Element task, StringBuilder html) {
        Element status = task.getElementsByTag("ac:task-status").first();
        Element body = task.getElementsByTag("ac:task-body").first();
        boolean done = status != null && status.text().strip().equals("complete");
        html.append("<li><label><input type=\"checkbox\" disabled").append(done ? " checked" : "").append("> <span>");
        if (body != null) {
            renderChildren(body, html);
        }
        html.append("</span></label></li>");
    }

    private void renderLink(Element link, StringBuilder html) {
        Element page = link.getElementsByTag("ri:page").first();
        Element label = link.getElementsByTag("ac:plain-text-link-body").first();
        String title = page == null ? "" : page.attr("ri:content-title");
        String text = label != null ? label.text() : title;
        String url = page == null ? null : links.urlOf(title);
        if (url == null) {
            html.append("<span class=\"sandbox-missing-link\">").append(Entities.escape(text)).append("</span>");
        } else {
            html.append("<a href=\"").append(Entities.escape(url)).append("\">").append(Entities.escape(text)).append("</a>");
        }
    }

    private String macro(Element element) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        for (Element child : element.children()) {
            String tag = child.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("ac:parameter")) {
                parameters.put(child.attr("ac:name"), child.text());
            } else if (tag.equals("ac:rich-text-body")) {
                StringBuilder rendered = new StringBuilder();
                renderChildren(child, rendered);
                body = rendered.toString();
            } else if (tag.equals("ac:plain-text-body")) {
                body = child.wholeText();
            }
        }
        return macros.render(element.attr("ac:name"), parameters, body);
    }
}
