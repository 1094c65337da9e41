package io.mentoringspaces.sandbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.rest.BlueprintResource;
import io.mentoringspaces.rest.dto.MeetingDefaultsDto;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The sandbox's own pages, in Confluence's URLs where Confluence has them: the space directory
 * ({@code /}), a space's home page ({@code /display/<KEY>}), a page ({@code /pages/viewpage.action?pageId=}),
 * rendered from storage format with the app's macros executed for real (and Confluence's Task report
 * and Create-from-template macros done simply); the Create dialog of a page blueprint with its wizard
 * ({@code /sandbox/create}), where a context provider's refusal is shown with the status and message
 * of the response the create-content plugin answers it with; the login page and the user switcher.
 */
final class SandboxPages extends HttpServlet {

    static final String LOGIN = "/sandbox/login";
    static final String USER_COOKIE = "sandbox.user";
    private static final long serialVersionUID = 1L;
    private static final String CREATE = "/sandbox/create";
    private static final String SWITCH_USER = "/sandbox/user";

    private final transient SandboxConfluence confluence;
    private final transient PluginContainer plugin;
    private final transient SandboxBlueprints blueprints;
    private final transient SandboxLayout layout;
    private final transient PermissionManager permissions;
    private final transient I18nResolver i18n;
    private final transient Map<String, String> roles;

    SandboxPages(SandboxConfluence confluence, PluginContainer plugin, SandboxBlueprints blueprints, SandboxLayout layout,
            SandboxHost host, Map<String, String> roles) {
        this.confluence = confluence;
        this.plugin = plugin;
        this.blueprints = blueprints;
        this.layout = layout;
        this.permissions = host.get(PermissionManager.class);
        this.i18n = host.get(I18nResolver.class);
        this.roles = roles;
    }

    static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String pageUrl(Page page) {
        return "/pages/viewpage.action?pageId=" + page.getId();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/")) {
            directory(request, response);
        } else if (path.equals("/pages/viewpage.action")) {
            Page page = pageParameter(request.getParameter("pageId"));
            view(request, response, page);
        } else if (path.startsWith("/display/")) {
            String[] parts = path.substring("/display/".length()).split("/", 2);
            Space space = confluence.space(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            Page page = space == null ? null : parts.length == 1 ? space.getHomePage()
                    : confluence.page(space.getKey(), URLDecoder.decode(parts[1].replace('+', ' '), StandardCharsets.UTF_8));
            view(request, response, page);
        } else if (path.equals(CREATE)) {
            createDialog(request, response);
        } else if (path.equals(LOGIN)) {
            login(request, response);
        } else {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found",
                    "There is no page at this address.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(SWITCH_USER)) {
            String name = request.getParameter("user");
            Cookie cookie = new Cookie(USER_COOKIE, confluence.user(name) == null ? "" : name);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            response.sendRedirect(localDestination(request.getParameter("destination")));
        } else if (path.equals(CREATE)) {
            create(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    /** Only paths of this server: never a redirect elsewhere. */
    private static String localDestination(String destination) {
        return destination != null && destination.startsWith("/") && !destination.startsWith("//") ? destination : "/";
    }

    private Page pageParameter(String id) {
        try {
            return id == null ? null : confluence.page(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void directory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        StringBuilder html = new StringBuilder();
        List<Space> visible = confluence.spaces().stream()
                .filter(space -> permissions.hasPermission(user, Permission.VIEW, space)).toList();
        if (visible.isEmpty()) {
            html.append("<p>").append(user == null ? "Sign in (top right) to see your spaces."
                    : "You may view no space. Mentoring spaces are private to their mentee and mentor.").append("</p>");
        } else {
            html.append("<table class=\"aui\" id=\"sandbox-spaces\"><thead><tr><th scope=\"col\">Space</th>")
                    .append("<th scope=\"col\">Key</th><th scope=\"col\">Category (programme)</th></tr></thead><tbody>");
            for (Space space : visible) {
                html.append("<tr><td><a href=\"/display/").append(escape(space.getKey())).append("\">")
                        .append(escape(space.getName())).append("</a></td><td>").append(escape(space.getKey()))
                        .append("</td><td>").append(escape(String.join(", ", confluence.categories(space.getKey()))))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<h2>People in this sandbox</h2><p>Switch user at the top right to see what each of them may see and do.</p>")
                .append("<ul class=\"sandbox-people\">");
        for (TestUser person : confluence.users()) {
            html.append("<li><strong>").append(escape(person.getFullName())).append("</strong>");
            if (roles.containsKey(person.getName())) {
                html.append(": ").append(escape(roles.get(person.getName())));
            }
            html.append("</li>");
        }
        html.append("</ul>");
        render(request, response, HttpServletResponse.SC_OK,
                new SandboxLayout.View("Spaces", "Spaces", List.of(), null, html.toString()));
    }

    private void view(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (page == null || !page.isCurrent()) {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found", "There is no such page.");
            return;
        }
        if (!permissions.hasPermission(user, Permission.VIEW, page)) {
            if (user == null) {
                response.sendRedirect(LOGIN + "?os_destination=" + url(pageUrl(page)));
            } else {
                message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                        "You don\u2019t have permission to view this page, or it does not exist.");
            }
            return;
        }
        ConversionContext context = conversionContext(page);
        StorageFormatRenderer renderer = new StorageFormatRenderer(
                (name, parameters, body) -> macro(name, parameters, body, context, page),
                title -> {
                    Page linked = confluence.page(page.getSpaceKey(), title);
                    return linked == null ? null : pageUrl(linked);
                });
        String body = renderer.render(page.getBodyAsString());
        SandboxConfluence.PageInfo info = confluence.info(page.getId());
        TestUser creator = confluence.user(info.creator());
        StringBuilder html = new StringBuilder("<p class=\"sandbox-page-meta\">Created by ")
                .append(escape(creator == null ? info.creator() : creator.getFullName()))
                .append(", last updated ").append(info.modified().atZone(ZoneId.systemDefault()).toLocalDate())
                .append(" (version ").append(info.version()).append(")");
        if (!page.getLabels().isEmpty()) {
            html.append(" · Labels: ");
            List<String> labels = page.getLabels().stream().map(Label::getName).toList();
            html.append(escape(String.join(", ", labels)));
        }
        html.append("</p><div id=\"main-content\" class=\"wiki-content\">").append(body).append("</div>");
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(SandboxLayout.crumb("Spaces", "/"));
        List<Page> ancestors = new ArrayList<>();
        for (Page parent = page.getParent(); parent != null; parent = parent.getParent()) {
            ancestors.add(0, parent);
        }
        for (Page ancestor : ancestors) {
            crumbs.add(SandboxLayout.crumb(ancestor.getTitle(), pageUrl(ancestor)));
        }
        render(request, response, HttpServletResponse.SC_OK,
                new SandboxLayout.View(page.getTitle(), page.getTitle(), crumbs, sidebar(page), html.toString()));
    }

    /** A display conversion of the page on a desktop browser, as Confluence renders a page view. */
    private static ConversionContext conversionContext(Page page) {
        Map<String, Object> properties = new HashMap<>();
        ConversionContext context = mock(ConversionContext.class, withSettings().stubOnly().name("sandboxConversionContext"));
        when(context.getOutputType()).thenReturn("display");
        when(context.getOutputDeviceType()).thenReturn("desktop");
        when(context.getEntity()).thenReturn(page);
        when(context.getSpaceKey()).thenReturn(page.getSpaceKey());
        when(context.getProperty(anyString())).thenAnswer(call -> properties.get(call.<String>getArgument(0)));
        doAnswer(call -> properties.put(call.getArgument(0), call.getArgument(1))).when(context).setProperty(anyString(), any());
        return context;
    }

    private String macro(String name, Map<String, String> parameters, String body, ConversionContext context, Page page) {
        Macro macro = plugin.macros().get(name);
        if (macro != null) {
            try {
                return macro.execute(parameters, body, context);
            } catch (MacroExecutionException e) {
                return "<div class=\"aui-message aui-message-error\"><p>" + escape(e.getMessage()) + "</p></div>";
            }
        }
        return switch (name) {
            case "tasks-report-macro" -> tasksReport(parameters);
            case "create-from-template" -> createButton(parameters, page);
            default -> "<div class=\"aui-message aui-message-info\"><p>The sandbox does not render the macro "
                    + escape(name) + ".</p></div>";
        };
    }

    /** Confluence's Task report, simply: open tasks of the labelled pages of the spaces that the user may view. */
    private String tasksReport(Map<String, String> parameters) {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        Set<String> labels = Set.of(parameters.getOrDefault("labels", "").split("\\s*,\\s*"));
        boolean incompleteOnly = "incomplete".equals(parameters.get("status"));
        int limit = parseLimit(parameters.get("pageSize"));
        StringBuilder rows = new StringBuilder();
        int count = 0;
        for (String spaceKey : parameters.getOrDefault("spaces", "").split("\\s*,\\s*")) {
            List<Page> pages = new ArrayList<>(confluence.pages(spaceKey, true));
            pages.sort((a, b) -> b.getTitle().compareTo(a.getTitle()));
            for (Page page : pages) {
                boolean labelled = page.getLabels().stream().anyMatch(label -> labels.contains(label.getName()));
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
                    if (text.isEmpty() || (incompleteOnly && done) || count >= limit) {
                        continue;
                    }
                    count++;
                    rows.append("<tr><td>").append(escape(text)).append("</td><td><a href=\"").append(pageUrl(page))
                            .append("\">").append(escape(page.getTitle())).append("</a></td></tr>");
                }
            }
        }
        if (count == 0) {
            return "<p class=\"sandbox-tasks-report-empty\">No open tasks.</p>";
        }
        return "<table class=\"aui sandbox-tasks-report\"><thead><tr><th scope=\"col\">Task</th><th scope=\"col\">Page</th></tr>"
                + "</thead><tbody>" + rows + "</tbody></table>";
    }

    private static int parseLimit(String value) {
        try {
            return value == null ? 20 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 20;
        }
    }

    /** Confluence's Create-from-template button: opens the blueprint's Create dialog, for users who may add pages. */
    private String createButton(Map<String, String> parameters, Page page) {
        String spaceKey = parameters.getOrDefault("spaceKey", page.getSpaceKey());
        Space space = confluence.space(spaceKey);
        if (space == null || !permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, space)) {
            return "";
        }
        String blueprint = parameters.getOrDefault("blueprintModuleCompleteKey", "");
        return "<a class=\"aui-button aui-button-primary sandbox-create-from-template\" href=\"" + CREATE + "?blueprint="
                + escape(url(blueprint)) + "&amp;spaceKey=" + escape(url(spaceKey)) + "&amp;parentId=" + page.getId() + "\">"
                + escape(parameters.getOrDefault("buttonLabel", "Create")) + "</a>";
    }

    /** The page blueprint's Create dialog: the meeting wizard's fields, the date filled in by the app's REST API. */
    private void createDialog(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Space space = confluence.space(request.getParameter("spaceKey"));
        String blueprint = request.getParameter("blueprint");
        if (space == null || plugin.blueprint(blueprint) == null
                || !permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, space)) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not add pages to this space, or it does not exist.");
            return;
        }
        String date = meetingDefault(space.getKey());
        String parentId = request.getParameter("parentId") == null ? "" : request.getParameter("parentId");
        String html = "<form class=\"aui sandbox-wizard\" method=\"post\" action=\"" + CREATE + "\">"
                + "<input type=\"hidden\" name=\"blueprint\" value=\"" + escape(blueprint) + "\">"
                + "<input type=\"hidden\" name=\"spaceKey\" value=\"" + escape(space.getKey()) + "\">"
                + "<input type=\"hidden\" name=\"parentId\" value=\"" + escape(parentId) + "\">"
                + "<div class=\"field-group\"><label for=\"mentoring-meeting-date\">"
                + escape(i18n.getText("mentoring.blueprint.wizard.meeting.date")) + "</label>"
                + "<input id=\"mentoring-meeting-date\" class=\"text short-field\" type=\"date\" name=\"meetingDate\" required value=\""
                + escape(date) + "\"></div>"
                + "<div class=\"field-group\"><label for=\"mentoring-aims\">" + escape(i18n.getText("mentoring.blueprint.wizard.aims"))
                + "</label><textarea id=\"mentoring-aims\" class=\"textarea\" name=\"aims\" rows=\"4\"></textarea>"
                + "<div class=\"description\">" + escape(i18n.getText("mentoring.blueprint.wizard.aims.description")) + "</div></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\" "
                + "type=\"submit\" id=\"sandbox-create-submit\">Create</button></div></div></form>";
        String title = i18n.getText("mentoring.blueprint.wizard.meeting.title");
        render(request, response, HttpServletResponse.SC_OK, new SandboxLayout.View(title, title,
                List.of(SandboxLayout.crumb("Spaces", "/"), SandboxLayout.crumb(space.getName(), "/display/" + space.getKey())),
                null, html));
    }

    private String meetingDefault(String spaceKey) {
        Response defaults = plugin.autowire(BlueprintResource.class).meetingDefaults(spaceKey);
        return defaults.getEntity() instanceof MeetingDefaultsDto dto ? dto.getMeetingDate() : "";
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        Space space = confluence.space(request.getParameter("spaceKey"));
        String blueprint = request.getParameter("blueprint");
        if (!(user instanceof TestUser creator) || space == null || plugin.blueprint(blueprint) == null
                || !permissions.hasPermission(user, Permission.EDIT, space)) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not add pages to this space, or it does not exist.");
            return;
        }
        Page parent = pageParameter(request.getParameter("parentId"));
        if (parent == null || !space.getKey().equals(parent.getSpaceKey())) {
            parent = space.getHomePage();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("meetingDate", request.getParameter("meetingDate") == null ? "" : request.getParameter("meetingDate"));
        fields.put("aims", request.getParameter("aims") == null ? "" : request.getParameter("aims"));
        Page page;
        try {
            page = blueprints.createPage(blueprint, space, parent, creator, fields);
        } catch (WebApplicationException e) {
            Response refusal = e.getResponse();
            message(request, response, refusal.getStatus(), "Not created", refusal.getEntity() instanceof Map<?, ?> json
                    ? String.valueOf(json.get("message")) : "The page could not be created.");
            return;
        }
        response.sendRedirect(pageUrl(page));
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String destination = localDestination(request.getParameter("os_destination"));
        StringBuilder html = new StringBuilder("<p>This page needs a signed-in user. Sign in as:</p><ul class=\"sandbox-login\">");
        for (TestUser user : confluence.users()) {
            html.append("<li><form method=\"post\" action=\"").append(SWITCH_USER).append("\">")
                    .append("<input type=\"hidden\" name=\"user\" value=\"").append(escape(user.getName())).append("\">")
                    .append("<input type=\"hidden\" name=\"destination\" value=\"").append(escape(destination)).append("\">")
                    .append("<button class=\"aui-button aui-button-link\" type=\"submit\">").append(escape(user.getFullName()))
                    .append("</button>").append(roles.containsKey(user.getName()) ? " " + escape(roles.get(user.getName())) : "")
                    .append("</form></li>");
        }
        html.append("</ul>");
        render(request, response, HttpServletResponse.SC_OK, new SandboxLayout.View("Sign in", "Sign in", List.of(), null,
                html.toString()));
    }

    private String sidebar(Page current) {
        Space space = current.getSpace();
        StringBuilder html = new StringBuilder("<h2><a href=\"/display/").append(escape(space.getKey())).append("\">")
                .append(escape(space.getName())).append("</a></h2><p class=\"sandbox-space-key\">")
                .append(escape(space.getKey())).append("</p>");
        Page home = space.getHomePage();
        if (home != null) {
            html.append("<ul class=\"sandbox-page-tree\">");
            tree(home, current, html, page -> confluence.children(page));
            html.append("</ul>");
        }
        return html.toString();
    }

    private static void tree(Page page, Page current, StringBuilder html, Function<Page, List<Page>> children) {
        html.append("<li><a href=\"").append(pageUrl(page)).append("\"")
                .append(page.getId() == current.getId() ? " aria-current=\"page\"" : "").append(">")
                .append(escape(page.getTitle())).append("</a>");
        List<Page> below = children.apply(page);
        if (!below.isEmpty()) {
            html.append("<ul>");
            for (Page child : below) {
                tree(child, current, html, children);
            }
            html.append("</ul>");
        }
        html.append("</li>");
    }

    private void message(HttpServletRequest request, HttpServletResponse response, int status, String title, String text)
            throws IOException {
        render(request, response, status, new SandboxLayout.View(title, title, List.of(SandboxLayout.crumb("Spaces", "/")), null,
                "<div class=\"aui-message aui-message-warning\"><p>" + escape(text) + "</p></div>"));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, SandboxLayout.View view)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(layout.render(view, request));
    }
}
