package io.mentoringspaces.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Confluence's conversion of storage format to view HTML (XhtmlContent.convertStorageToView), for
 * what the app's pages hold: headings, paragraphs, lists, tables, layouts, links to pages, user
 * mentions, task lists, emoticons, images, dates, the status and code macros, and macros executed as
 * ViewMacroMarshaller executes them: parameters (plus Confluence's raw-parameter entry), the body as
 * the macro's body type asks (a rich-text body already converted to view HTML, a plain-text body as
 * written, none as the empty string), the conversion context with {@code macroName} set, an error
 * panel when the macro throws, and, in the display output, the macro's root element marked as
 * DefaultViewMacroWrapper marks it. A macro nobody provides shows Confluence's unknown-macro text.
 * Rendering checks no permission: whoever calls it decides who may see the page.
 */
final class PageRenderer {

    static final String RAW_PARAMETERS = ": = | RAW | = :";
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col");
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "link", "meta", "base",
            "form", "input", "button", "textarea", "select", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("class", "style", "title", "colspan", "rowspan", "alt", "width",
            "height", "datetime", "href", "src");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private final ContentStore content;
    private final Directory directory;
    private final Supplier<String> baseUrl;
    private final Function<String, Macro> macros;

    PageRenderer(ContentStore content, Directory directory, Supplier<String> baseUrl, Function<String, Macro> macros) {
        this.content = content;
        this.directory = directory;
        this.baseUrl = baseUrl;
        this.macros = macros;
    }

    /** The view HTML of {@code storage} in the conversion ({@code context} is the conversion as macros see it). */
    String render(String storage, PageConversion conversion, ConversionContext context) {
        Document document = Jsoup.parse(storage == null ? "" : storage, "", Parser.xmlParser());
        StringBuilder html = new StringBuilder();
        new Render(conversion, context, html).children(document);
        return html.toString();
    }

    /** One render: where it writes, and the conversion it is part of. */
    private final class Render {

        private final PageConversion conversion;
        private final ConversionContext context;
        private final StringBuilder html;

        Render(PageConversion conversion, ConversionContext context, StringBuilder html) {
            this.conversion = conversion;
            this.context = context;
            this.html = html;
        }

        /** The view HTML of an element's children, rendered apart (a macro body, a link body). */
        private String of(Element element) {
            StringBuilder part = new StringBuilder();
            new Render(conversion, context, part).children(element);
            return part.toString();
        }

        void children(Node parent) {
            for (Node child : parent.childNodes()) {
                node(child);
            }
        }

        private void node(Node node) {
            if (node instanceof TextNode text) {
                html.append(HtmlEscaper.encode(text.getWholeText()));
            } else if (node instanceof Element element) {
                element(element);
            }
        }

        private void element(Element element) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            switch (tag) {
                case "ac:structured-macro", "ac:macro" -> html.append(macro(element));
                case "ac:link" -> link(element);
                case "ac:task-list" -> taskList(element);
                case "ac:emoticon" -> emoticon(element);
                case "ac:image" -> image(element);
                case "ac:layout" -> wrapped(element, "<div class=\"contentLayout2\">", "</div>");
                case "ac:layout-section" -> {
                    String type = element.attr("ac:type").replace('_', '-');
                    wrapped(element, "<div class=\"columnLayout " + HtmlEscaper.encode(type) + "\" data-layout=\""
                            + HtmlEscaper.encode(type) + "\">", "</div>");
                }
                case "ac:layout-cell" -> wrapped(element, "<div class=\"cell normal\" data-type=\"normal\"><div class=\"innerCell\">",
                        "</div></div>");
                case "time" -> time(element);
                case "table" -> wrapped(element, "<div class=\"table-wrap\"><table class=\"confluenceTable\">", "</table></div>");
                case "th" -> wrapped(element, "<th class=\"confluenceTh\"" + attributes(element) + ">", "</th>");
                case "td" -> wrapped(element, "<td class=\"confluenceTd\"" + attributes(element) + ">", "</td>");
                default -> {
                    if (DROPPED.contains(tag) || tag.startsWith("ri:") || tag.equals("ac:placeholder") || tag.equals("ac:parameter")
                            || tag.equals("ac:task-id")) {
                        return;
                    }
                    if (tag.indexOf(':') >= 0) {
                        children(element);
                    } else if (VOID.contains(tag)) {
                        html.append('<').append(tag).append(attributes(element)).append(" />");
                    } else {
                        wrapped(element, "<" + tag + attributes(element) + ">", "</" + tag + ">");
                    }
                }
            }
        }

        private void wrapped(Element element, String open, String close) {
            html.append(open);
            children(element);
            html.append(close);
        }

        private String attributes(Element element) {
            StringBuilder out = new StringBuilder();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean kept = KEPT_ATTRIBUTES.contains(name) || name.startsWith("data-");
                if (!kept || name.equals("class") && Set.of("th", "td").contains(element.tagName())
                        || URL_ATTRIBUTES.contains(name) && !safeUrl(attribute.getValue())) {
                    continue;
                }
                out.append(' ').append(name).append("=\"").append(HtmlEscaper.encode(attribute.getValue())).append('"');
            }
            return out.toString();
        }

        private void time(Element element) {
            String datetime = element.attr("datetime");
            String shown;
            try {
                shown = LocalDate.parse(datetime).format(DATE);
            } catch (DateTimeParseException e) {
                shown = datetime;
            }
            html.append("<time datetime=\"").append(HtmlEscaper.encode(datetime)).append("\">")
                    .append(HtmlEscaper.encode(shown)).append("</time>");
        }

        private void taskList(Element list) {
            html.append("<ul class=\"inline-task-list\" data-inline-tasks-content-id=\"").append(entityId()).append("\">");
            for (Element task : list.children()) {
                if (!task.tagName().equals("ac:task")) {
                    continue;
                }
                Element id = child(task, "ac:task-id");
                Element status = child(task, "ac:task-status");
                Element body = child(task, "ac:task-body");
                boolean done = status != null && status.text().strip().equals("complete");
                html.append("<li data-inline-task-id=\"").append(id == null ? "" : HtmlEscaper.encode(id.text().strip())).append('"')
                        .append(done ? " class=\"checked\"" : "").append('>');
                if (body != null) {
                    children(body);
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }

        private long entityId() {
            ContentEntityObject entity = conversion.getEntity();
            return entity == null ? 0 : entity.getId();
        }

        private void emoticon(Element element) {
            String name = HtmlEscaper.encode(element.attr("ac:name"));
            html.append("<img class=\"emoticon emoticon-").append(name).append("\" data-emoticon-name=\"").append(name)
                    .append("\" src=\"").append(HtmlEscaper.encode(baseUrl.get())).append("/images/icons/emoticons/").append(name)
                    .append(".svg\" alt=\"(").append(name).append(")\" />");
        }

        private void image(Element element) {
            Element attachment = child(element, "ri:attachment");
            Element url = child(element, "ri:url");
            String src = attachment != null
                    ? baseUrl.get() + "/download/attachments/" + entityId() + "/" + encode(attachment.attr("ri:filename"))
                    : url != null && safeUrl(url.attr("ri:value")) ? url.attr("ri:value") : null;
            if (src != null) {
                html.append("<span class=\"confluence-embedded-file-wrapper\"><img class=\"confluence-embedded-image\" src=\"")
                        .append(HtmlEscaper.encode(src)).append("\" /></span>");
            }
        }

        private void link(Element link) {
            Element user = child(link, "ri:user");
            Element page = child(link, "ri:page");
            String body = linkBody(link);
            if (user != null) {
                mention(user);
            } else if (page != null) {
                pageLink(page, body);
            } else {
                String anchor = link.attr("ac:anchor");
                html.append("<a href=\"#").append(HtmlEscaper.encode(anchor)).append("\">")
                        .append(body == null ? HtmlEscaper.encode(anchor) : body).append("</a>");
            }
        }

        /** The link's own text (plain or rich), as view HTML; null when it has none. */
        private String linkBody(Element link) {
            Element plain = child(link, "ac:plain-text-link-body");
            if (plain != null) {
                return HtmlEscaper.encode(plain.wholeText());
            }
            Element rich = child(link, "ac:link-body");
            return rich == null ? null : of(rich);
        }

        /** A user mention: the user's display name in a user link (its class marks the current user's own). */
        private void mention(Element reference) {
            String key = reference.attr("ri:userkey");
            TestUser user = key.isEmpty() ? directory.user(reference.attr("ri:username")) : directory.user(new UserKey(key));
            if (user == null) {
                String shown = key.isEmpty() ? reference.attr("ri:username") : key;
                html.append("<a class=\"unresolved\" href=\"#\">").append(HtmlEscaper.encode(shown)).append("</a>");
                return;
            }
            ConfluenceUser current = AuthenticatedUserThreadLocal.get();
            boolean own = current != null && current.getKey().equals(user.getKey());
            String base = HtmlEscaper.encode(baseUrl.get());
            html.append("<a href=\"").append(base).append("/display/~").append(HtmlEscaper.encode(encode(user.getName())))
                    .append("\" class=\"confluence-userlink user-mention").append(own ? " current-user-mention" : "")
                    .append("\" data-username=\"").append(HtmlEscaper.encode(user.getName()))
                    .append("\" data-linked-resource-type=\"userinfo\" data-base-url=\"").append(base).append("\">")
                    .append(HtmlEscaper.encode(user.getFullName())).append("</a>");
        }

        private void pageLink(Element reference, String body) {
            String title = reference.attr("ri:content-title");
            String spaceKey = reference.hasAttr("ri:space-key") ? reference.attr("ri:space-key") : conversion.getSpaceKey();
            Page target = content.currentPage(spaceKey, title);
            String text = body != null ? body : HtmlEscaper.encode(title);
            if (target == null) {
                html.append("<a class=\"createlink\" href=\"").append(HtmlEscaper.encode(baseUrl.get()))
                        .append("/pages/createpage.action?spaceKey=").append(HtmlEscaper.encode(encode(spaceKey)))
                        .append("&amp;title=").append(HtmlEscaper.encode(encode(title))).append("\">").append(text).append("</a>");
                return;
            }
            html.append("<a href=\"").append(HtmlEscaper.encode(baseUrl.get() + target.getUrlPath()))
                    .append("\" data-linked-resource-id=\"").append(target.getId()).append("\" data-linked-resource-version=\"")
                    .append(target.getVersion()).append("\" data-linked-resource-type=\"page\">").append(text).append("</a>");
        }

        private String macro(Element element) {
            String name = element.attr("ac:name");
            Macro macro = macros.apply(name);
            if (macro == null) {
                return "<div class=\"error\"><span class=\"error\">Unknown macro: {" + HtmlEscaper.encode(name) + "}</span> </div>";
            }
            Map<String, String> parameters = parameters(element);
            Element rich = child(element, "ac:rich-text-body");
            Element plain = child(element, "ac:plain-text-body");
            String body = switch (macro.getBodyType()) {
                case RICH_TEXT -> rich == null ? "" : of(rich);
                case PLAIN_TEXT -> plain == null ? "" : plain.wholeText();
                case NONE -> "";
            };
            Object outerMacro = context.getProperty("macroName");
            context.setProperty("macroName", name);
            String output;
            try {
                output = macro.execute(parameters, body, context);
            } catch (MacroExecutionException | RuntimeException e) {
                output = "<div class=\"aui-message aui-message-error\"><p class=\"title\"><strong>Error rendering macro '"
                        + HtmlEscaper.encode(name) + "'</strong></p><p>" + HtmlEscaper.encode(String.valueOf(e.getMessage()))
                        + "</p></div>";
            } finally {
                if (outerMacro == null) {
                    conversion.removeProperty("macroName");
                } else {
                    context.setProperty("macroName", outerMacro);
                }
            }
            boolean wrap = OutputType.DISPLAY.value().equals(context.getOutputType());
            return wrap ? wrap(output == null ? "" : output, macro.getOutputType(), rich != null || plain != null, name) : output;
        }

        /** The macro's parameters as Confluence hands them over, the raw-parameter entry included. */
        private Map<String, String> parameters(Element macro) {
            Map<String, String> parameters = new LinkedHashMap<>();
            String defaultValue = null;
            for (Element parameter : macro.children()) {
                if (!parameter.tagName().equals("ac:parameter")) {
                    continue;
                }
                String value = parameterValue(parameter);
                if (parameter.attr("ac:name").isEmpty()) {
                    defaultValue = value;
                } else {
                    parameters.put(parameter.attr("ac:name"), value);
                }
            }
            if (defaultValue != null) {
                parameters.put("0", defaultValue);
            }
            parameters.put(RAW_PARAMETERS, raw(parameters));
            return parameters;
        }

        private String parameterValue(Element parameter) {
            Element user = child(parameter, "ri:user");
            if (user != null) {
                TestUser found = directory.user(new UserKey(user.attr("ri:userkey")));
                return found == null ? user.attr("ri:userkey") : found.getName();
            }
            Element page = child(parameter, "ri:page");
            if (page != null) {
                return page.attr("ri:content-title");
            }
            Element space = child(parameter, "ri:space");
            return space != null ? space.attr("ri:space-key") : parameter.text();
        }
    }

    /** RadeoxCompatibilityMacro's raw parameters: {@code key=value} joined by {@code |}; null when there are none. */
    private static String raw(Map<String, String> parameters) {
        StringBuilder raw = new StringBuilder();
        parameters.forEach((key, value) -> {
            if (raw.length() > 0) {
                raw.append('|');
            }
            raw.append(key).append('=').append(value);
        });
        return raw.length() == 0 ? null : raw.toString();
    }

    /**
     * DefaultViewMacroWrapper: the output's one root element (or a {@code div}, {@code span} for
     * inline or text-only output, around several) gets {@code conf-macro output-block|inline},
     * {@code data-hasbody} and {@code data-macro-name}.
     */
    static String wrap(String output, Macro.OutputType outputType, boolean hasBody, String macroName) {
        if (output.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(output);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.prependChildren(document.head().children());
        Element root = body.firstElementChild();
        Macro.OutputType type = outputType;
        if (body.childrenSize() != 1 || !body.html().trim().equals(root.outerHtml())) {
            root = body;
            type = root.childrenSize() == 0 ? Macro.OutputType.INLINE : outputType;
            root.tagName(type == Macro.OutputType.INLINE ? "span" : "div");
        }
        root.addClass("conf-macro");
        root.addClass(type == Macro.OutputType.INLINE ? "output-inline" : "output-block");
        root.attr("data-hasbody", hasBody ? "true" : "false");
        root.attr("data-macro-name", macroName);
        return root.outerHtml();
    }

    private static Element child(Element parent, String tag) {
        for (Element child : parent.children()) {
            if (child.tagName().equals(tag)) {
                return child;
            }
        }
        return null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Links the view keeps: http(s), mail, relative paths and anchors; never script or data URLs. */
    private static boolean safeUrl(String url) {
        String value = url.strip().toLowerCase(Locale.ROOT);
        int colon = value.indexOf(':');
        int slash = value.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        return !hasScheme || value.startsWith("http:") || value.startsWith("https:") || value.startsWith("mailto:");
    }
}
