package io.mentoringspaces.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Macros of Confluence's own plugins that the app's pages use, rendered as Confluence renders them in
 * view mode (the last two simply): the status macro as an AUI lozenge, the code macro as a {@code pre}
 * in a code panel, the Task report as a table of the open tasks of the labelled pages the user may view,
 * and the Create-from-template button, for users who may add pages to the space, opening the Create
 * dialog of its blueprint.
 */
final class OtherPluginsMacros {

    private final ContentStore content;
    private final InMemoryPermissionManager permissions;
    private final Supplier<String> baseUrl;

    OtherPluginsMacros(ContentStore content, InMemoryPermissionManager permissions, Supplier<String> baseUrl) {
        this.content = content;
        this.permissions = permissions;
        this.baseUrl = baseUrl;
    }

    /** A macro of another plugin: its body and output types. */
    private abstract static class OwnMacro implements Macro {

        private final BodyType bodyType;
        private final OutputType outputType;

        OwnMacro(BodyType bodyType, OutputType outputType) {
            this.bodyType = bodyType;
            this.outputType = outputType;
        }

        @Override
        public BodyType getBodyType() {
            return bodyType;
        }

        @Override
        public OutputType getOutputType() {
            return outputType;
        }
    }

    /** The macro of that name, or null when it is not one of them. */
    Macro named(String name) {
        return switch (name) {
            case "status" -> new Status();
            case "code" -> new Code();
            case "tasks-report-macro" -> new TasksReport();
            case "create-from-template" -> new CreateFromTemplate();
            default -> null;
        };
    }

    /** {@code status}: title and colour (Grey, Red, Yellow, Green, Blue), optionally subtle. */
    static final class Status extends OwnMacro {

        Status() {
            super(BodyType.NONE, OutputType.INLINE);
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            String colour = parameters.getOrDefault("colour", "Grey").toLowerCase(Locale.ROOT);
            String modifier = switch (colour) {
                case "red" -> " aui-lozenge-error";
                case "yellow" -> " aui-lozenge-current";
                case "green" -> " aui-lozenge-success";
                case "blue" -> " aui-lozenge-complete";
                default -> "";
            };
            String subtle = "true".equals(parameters.get("subtle")) ? " aui-lozenge-subtle" : "";
            String title = parameters.getOrDefault("title", "");
            return "<span class=\"status-macro aui-lozenge" + modifier + subtle + "\">" + Entities.escape(title) + "</span>";
        }
    }

    /** {@code code}: the body as written, in a syntax-highlighter {@code pre} for its language. */
    static final class Code extends OwnMacro {

        Code() {
            super(BodyType.PLAIN_TEXT, OutputType.BLOCK);
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            String language = parameters.getOrDefault("language", "java");
            return "<div class=\"code panel pdl\"><div class=\"codeContent panelContent pdl\">"
                    + "<pre class=\"syntaxhighlighter-pre\" data-syntaxhighlighter-params=\"brush: " + Entities.escape(language)
                    + "; gutter: false; theme: Confluence\" data-theme=\"Confluence\">" + Entities.escape(body) + "</pre></div></div>";
        }
    }

    /**
     * {@code tasks-report-macro}: the tasks of the pages labelled with one of {@code labels} in the
     * {@code spaces} (comma-separated) that the user may view, the open ones only when {@code status} is
     * {@code incomplete}, newest page title first, at most {@code pageSize} (20 by default).
     */
    final class TasksReport extends OwnMacro {

        TasksReport() {
            super(BodyType.NONE, OutputType.BLOCK);
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            Set<String> labels = Set.copyOf(List.of(parameters.getOrDefault("labels", "").split("\\s*,\\s*")));
            boolean incompleteOnly = "incomplete".equals(parameters.get("status"));
            int limit = limit(parameters.get("pageSize"));
            StringBuilder rows = new StringBuilder();
            int count = 0;
            for (String spaceKey : parameters.getOrDefault("spaces", "").split("\\s*,\\s*")) {
                List<Page> pages = new ArrayList<>(content.pages(spaceKey, true));
                pages.sort(Comparator.comparing(Page::getTitle).reversed());
                for (Page page : pages) {
                    boolean labelled = page.getLabels().stream().map(Label::getName).anyMatch(labels::contains);
                    if (!labelled || !permissions.hasPermission(user, Permission.VIEW, page)) {
                        continue;
                    }
                    Document document = Jsoup.parse(page.getBodyAsString(), "", Parser.xmlParser());
                    for (Element task : document.getElementsByTag("ac:task")) {
                        Element status = task.getElementsByTag("ac:task-status").first();
                        Element taskBody = task.getElementsByTag("ac:task-body").first();
                        if (taskBody != null) {
                            taskBody.getElementsByTag("ac:placeholder").remove();
                        }
                        String text = taskBody == null ? "" : taskBody.text().strip();
                        boolean done = status != null && status.text().strip().equals("complete");
                        if (text.isEmpty() || incompleteOnly && done || count >= limit) {
                            continue;
                        }
                        count++;
                        rows.append("<tr><td>").append(Entities.escape(text)).append("</td><td><a href=\"")
                                .append(Entities.escape(baseUrl.get() + page.getUrlPath())).append("\">")
                                .append(Entities.escape(page.getTitle())).append("</a></td></tr>");
                    }
                }
            }
            if (count == 0) {
                return "<p class=\"tasks-report-empty\">No open tasks.</p>";
            }
            return "<table class=\"aui tasks-report\"><thead><tr><th scope=\"col\">Task</th><th scope=\"col\">Page</th></tr>"
                    + "</thead><tbody>" + rows + "</tbody></table>";
        }

        private static int limit(String value) {
            try {
                return value == null ? 20 : Math.max(1, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return 20;
            }
        }
    }

    /**
     * {@code create-from-template}: a button (class {@code create-from-template-button}, which
     * Confluence's script turns into the Create dialog of {@code blueprintModuleCompleteKey}) labelled
     * {@code buttonLabel}, for users who may add pages to {@code spaceKey} (the page's space by default);
     * nothing for anybody else. Here it leads to the test Confluence's Create dialog page.
     */
    final class CreateFromTemplate extends OwnMacro {

        CreateFromTemplate() {
            super(BodyType.NONE, OutputType.INLINE);
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            String spaceKey = parameters.getOrDefault("spaceKey", context.getSpaceKey());
            Space space = content.space(spaceKey);
            if (space == null || !permissions.hasCreatePermission(AuthenticatedUserThreadLocal.get(), space, Page.class)) {
                return "";
            }
            String parent = context.getEntity() == null ? "" : String.valueOf(context.getEntity().getId());
            String url = baseUrl.get() + SitePages.CREATE_DIALOG + "?blueprint="
                    + encode(parameters.getOrDefault("blueprintModuleCompleteKey", "")) + "&spaceKey=" + encode(spaceKey)
                    + "&parentId=" + parent;
            return "<a class=\"aui-button aui-button-primary create-from-template-button\" href=\"" + Entities.escape(url) + "\">"
                    + Entities.escape(parameters.getOrDefault("buttonLabel", "Create")) + "</a>";
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
