package io.mentoringspaces.confluence;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.rest.BlueprintResource;
import io.mentoringspaces.rest.dto.MeetingDefaultsDto;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Confluence's own pages in the test Confluence, at Confluence's URLs where Confluence has them: the
 * dashboard with the spaces the user may view ({@code /}, {@code /dashboard.action}), a space's home
 * page ({@code /display/<KEY>}), a page by title ({@code /display/<KEY>/<Title>}) or id
 * ({@code /pages/viewpage.action?pageId=}), shown through the page renderer as the current user sees
 * it; the login form ({@code /login.action}, posting to {@code /dologin.action}; a user's password is
 * their user name) and {@code /logout.action}; the user switcher ({@code /switch-user}); the language
 * choice of the signed-in user ({@code /switch-language}, as the user's profile settings set it); the
 * Create dialog of the app's meeting blueprint ({@code /create-dialog}), its wizard's fields as the
 * app's Soy template lays them out, which creates the page through the create-content plugin and shows
 * it (where Confluence would open it in the editor first); and a simple page editor at Confluence's edit
 * URLs ({@code /pages/editpage.action?pageId=}, posting to {@code /pages/doeditpage.action}): the page's
 * storage format in a text area, saved as a new version through {@link Editor#saveNewVersion} (so with
 * the PageUpdateEvent every save publishes) to whoever may edit the page. It refuses, keeping the text
 * in the text area with a message, what Confluence would not save: storage format that is not
 * well-formed (Confluence's storage parser refuses it; read here as the app's one storage reader reads
 * storage format, HTML named entities included), and a save over a version someone else saved since
 * the editor was opened (saving again then replaces it).
 */
final class SitePages extends HttpServlet {

    static final String LOGIN = "/login.action";
    static final String CREATE_DIALOG = "/create-dialog";
    /** The session attribute naming the signed-in user ("" for nobody). */
    static final String SESSION_USER = "confluence.user";
    private static final long serialVersionUID = 1L;
    private static final String DO_LOGIN = "/dologin.action";
    private static final String LOGOUT = "/logout.action";
    private static final String SWITCH_USER = "/switch-user";
    private static final String SWITCH_LANGUAGE = "/switch-language";
    static final String EDIT = "/pages/editpage.action";
    private static final String DO_EDIT = "/pages/doeditpage.action";

    private final transient ConfluenceDouble confluence;
    private final transient Site site;
    private final transient PageLayout layout;
    private final transient Directory directory;
    private final transient InMemoryPermissionManager permissionChecks;

    SitePages(ConfluenceDouble confluence, Site site, PageLayout layout, Directory directory,
            InMemoryPermissionManager permissionChecks) {
        this.confluence = confluence;
        this.site = site;
        this.layout = layout;
        this.directory = directory;
        this.permissionChecks = permissionChecks;
    }

    private PermissionManager permissions() {
        return confluence.service(PermissionManager.class);
    }

    private I18nResolver i18n() {
        return confluence.service(I18nResolver.class);
    }

    static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The path of a page's view, below the context path. */
    static String pageUrl(Page page) {
        return page.getUrlPath();
    }

    private static String local(String path) {
        return WebServer.CONTEXT_PATH + path;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        if (path.isEmpty() || path.equals("/") || path.equals("/dashboard.action")) {
            dashboard(request, response);
        } else if (path.equals("/pages/viewpage.action")) {
            view(request, response, pageParameter(request.getParameter("pageId")));
        } else if (path.startsWith("/display/")) {
            String[] parts = path.substring("/display/".length()).split("/", 2);
            Space space = confluence.space(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            Page page = space == null ? null : parts.length == 1 ? space.getHomePage()
                    : confluence.content().currentPage(space.getKey(),
                            URLDecoder.decode(parts[1].replace('+', ' '), StandardCharsets.UTF_8));
            view(request, response, page);
        } else if (path.equals(CREATE_DIALOG)) {
            createDialog(request, response);
        } else if (path.equals(EDIT)) {
            Page page = pageParameter(request.getParameter("pageId"));
            if (mayEdit(request, response, page)) {
                editor(request, response, page, page.getBodyAsString(), page.getVersion(), null);
            }
        } else if (path.equals(LOGIN)) {
            login(request, response, null);
        } else if (path.equals(LOGOUT)) {
            request.getSession().setAttribute(SESSION_USER, "");
            response.sendRedirect(local(LOGIN));
        } else {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found", "There is no page at this address.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.equals(SWITCH_USER)) {
            String name = request.getParameter("user");
            request.getSession().setAttribute(SESSION_USER, directory.user(name) == null ? "" : name);
            response.sendRedirect(localDestination(request.getParameter("destination")));
        } else if (path.equals(SWITCH_LANGUAGE)) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            Locale language = UserLocales.INSTALLED.stream()
                    .filter(installed -> installed.toString().equals(request.getParameter("language"))).findFirst().orElse(null);
            if (user != null && language != null) {
                confluence.language(user.getName(), language);
            }
            response.sendRedirect(localDestination(request.getParameter("destination")));
        } else if (path.equals(DO_LOGIN)) {
            String name = request.getParameter("os_username");
            if (!directory.authenticate(name, request.getParameter("os_password"))) {
                login(request, response, "Sorry, your username and password are incorrect - please try again.");
                return;
            }
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_USER, name);
            response.sendRedirect(localDestination(request.getParameter("os_destination")));
        } else if (path.equals(CREATE_DIALOG)) {
            create(request, response);
        } else if (path.equals(DO_EDIT)) {
            save(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    /** A path of this Confluence (with or without the context path), never an address elsewhere. */
    private static String localDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")) {
            return local("/");
        }
        return destination.startsWith(WebServer.CONTEXT_PATH + "/") ? destination : local(destination);
    }

    private Page pageParameter(String id) {
        try {
            return id == null ? null : confluence.page(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        StringBuilder html = new StringBuilder();
        List<Space> visible = confluence.spaces().stream()
                .filter(space -> permissions().hasPermission(user, Permission.VIEW, space)).toList();
        if (visible.isEmpty()) {
            html.append("<p>").append(user == null ? "Sign in (top right) to see your spaces."
                    : "You may view no space. Mentoring spaces are private to their mentee and mentor.").append("</p>");
        } else {
            html.append("<table class=\"aui\" id=\"space-directory\"><thead><tr><th scope=\"col\">Space</th>")
                    .append("<th scope=\"col\">Key</th><th scope=\"col\">Category (programme)</th></tr></thead><tbody>");
            for (Space space : visible) {
                html.append("<tr><td><a href=\"").append(escape(local(space.getUrlPath()))).append("\">")
                        .append(escape(space.getName())).append("</a></td><td>").append(escape(space.getKey()))
                        .append("</td><td>").append(escape(String.join(", ", confluence.categories(space.getKey()))))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<h2>People in this Confluence</h2><p>Switch user at the top right to see what each of them may see and do.</p>")
                .append("<ul class=\"site-people\">");
        for (TestUser person : directory.users()) {
            html.append("<li><strong>").append(escape(person.getFullName())).append("</strong>");
            if (site.roles().containsKey(person.getName())) {
                html.append(": ").append(escape(site.roles().get(person.getName())));
            }
            html.append("</li>");
        }
        html.append("</ul>");
        render(request, response, HttpServletResponse.SC_OK, new PageLayout.View("Spaces", "Spaces", List.of(), null, html.toString()));
    }

    private void view(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (page == null || !page.isCurrent()) {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found", "There is no such page.");
            return;
        }
        if (!permissions().hasPermission(user, Permission.VIEW, page)) {
            if (user == null) {
                response.sendRedirect(local(LOGIN) + "?os_destination=" + url(pageUrl(page)));
            } else {
                message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                        "You don\u2019t have permission to view this page, or it does not exist.");
            }
            return;
        }
        String body = confluence.render(page.getId(), OutputType.DISPLAY, DeviceType.DESKTOP);
        ConfluenceUser creator = page.getCreator();
        StringBuilder html = new StringBuilder("<p class=\"site-page-meta\">Created by ")
                .append(escape(creator == null ? "Anonymous" : creator.getFullName()))
                .append(", last updated ")
                .append(page.getLastModificationDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .append(" (version ").append(page.getVersion()).append(")");
        if (!page.getLabels().isEmpty()) {
            html.append(" · Labels: ").append(escape(String.join(", ", page.getLabels().stream().map(Label::getName).toList())));
        }
        html.append("</p>");
        if (permissions().hasPermission(user, Permission.EDIT, page)) {
            html.append("<p class=\"site-page-actions\"><a id=\"editPageLink\" class=\"aui-button\" href=\"")
                    .append(escape(local(editUrl(page)))).append("\">Edit</a></p>");
        }
        html.append("<div id=\"main-content\" class=\"wiki-content\">").append(body).append("</div>");
        render(request, response, HttpServletResponse.SC_OK,
                new PageLayout.View(page.getTitle(), page.getTitle(), crumbs(page), sidebar(page), html.toString()));
    }

    /** The breadcrumbs above a page: the space directory, then the page's ancestors. */
    private static List<Map<String, Object>> crumbs(Page page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(PageLayout.crumb("Spaces", local("/")));
        for (Page ancestor : ContentStore.ancestors(page)) {
            crumbs.add(PageLayout.crumb(ancestor.getTitle(), local(pageUrl(ancestor))));
        }
        return crumbs;
    }

    /** The Create dialog of the meeting blueprint: its wizard's fields, the date filled in by the app's REST resource. */
    private void createDialog(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Space space = confluence.space(request.getParameter("spaceKey"));
        String blueprint = request.getParameter("blueprint");
        if (!mayCreate(space, blueprint)) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not add pages to this space, or it does not exist.");
            return;
        }
        String parentId = request.getParameter("parentId") == null ? "" : request.getParameter("parentId");
        I18nResolver i18n = i18n();
        String html = "<form class=\"aui site-wizard mentoring-wizard\" method=\"post\" action=\"" + local(CREATE_DIALOG) + "\">"
                + "<input type=\"hidden\" name=\"blueprint\" value=\"" + escape(blueprint) + "\">"
                + "<input type=\"hidden\" name=\"spaceKey\" value=\"" + escape(space.getKey()) + "\">"
                + "<input type=\"hidden\" name=\"parentId\" value=\"" + escape(parentId) + "\">"
                + "<div class=\"field-group\"><label for=\"mentoring-meeting-date\">"
                + escape(i18n.getText("mentoring.blueprint.wizard.meeting.date")) + "</label>"
                + "<input id=\"mentoring-meeting-date\" class=\"text short-field\" type=\"date\" name=\"" + WizardFields.MEETING_DATE
                + "\" required value=\"" + escape(meetingDefault(space.getKey())) + "\"></div>"
                + "<div class=\"field-group\"><label for=\"mentoring-aims\">" + escape(i18n.getText("mentoring.blueprint.wizard.aims"))
                + "</label><textarea id=\"mentoring-aims\" class=\"textarea\" name=\"" + WizardFields.AIMS + "\" rows=\"4\"></textarea>"
                + "<div class=\"description\">" + escape(i18n.getText("mentoring.blueprint.wizard.aims.description")) + "</div></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary "
                + "create-dialog-create-button\" type=\"submit\">Create</button></div></div></form>";
        String title = i18n.getText("mentoring.blueprint.wizard.meeting.title");
        render(request, response, HttpServletResponse.SC_OK, new PageLayout.View(title, title,
                List.of(PageLayout.crumb("Spaces", local("/")), PageLayout.crumb(space.getName(), local(space.getUrlPath()))),
                null, html));
    }

    private boolean mayCreate(Space space, String blueprint) {
        return space != null && blueprint != null && confluence.app().blueprint(blueprint) != null
                && permissionChecks.hasCreatePermission(AuthenticatedUserThreadLocal.get(), space, Page.class);
    }

    private String meetingDefault(String spaceKey) {
        Response defaults = confluence.app().autowire(BlueprintResource.class).meetingDefaults(spaceKey);
        return defaults.getEntity() instanceof MeetingDefaultsDto dto ? dto.getMeetingDate() : "";
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Space space = confluence.space(request.getParameter("spaceKey"));
        String blueprint = request.getParameter("blueprint");
        if (AuthenticatedUserThreadLocal.get() == null || !mayCreate(space, blueprint)) {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not add pages to this space, or it does not exist.");
            return;
        }
        Page parent = pageParameter(request.getParameter("parentId"));
        if (parent == null || !space.getKey().equals(parent.getSpaceKey())) {
            parent = space.getHomePage();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(WizardFields.MEETING_DATE, valueOf(request, WizardFields.MEETING_DATE));
        fields.put(WizardFields.AIMS, valueOf(request, WizardFields.AIMS));
        Page page;
        try {
            page = confluence.createContent().createPage(blueprint, space, parent, fields);
        } catch (WebApplicationException e) {
            Response refusal = e.getResponse();
            message(request, response, refusal.getStatus(), "Not created", refusal.getEntity() instanceof Map<?, ?> json
                    ? String.valueOf(json.get("message")) : "The page could not be created.");
            return;
        }
        response.sendRedirect(local(pageUrl(page)));
    }

    /** The path of a page's editor, below the context path. */
    static String editUrl(Page page) {
        return EDIT + "?pageId=" + page.getId();
    }

    /**
     * Whether the current user may edit the page; if not, answers as Confluence does (no such page: 404;
     * anonymous: the login page, coming back to the editor; anybody else: 403).
     */
    private boolean mayEdit(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (page == null || !page.isCurrent()) {
            message(request, response, HttpServletResponse.SC_NOT_FOUND, "Page not found", "There is no such page.");
            return false;
        }
        if (permissions().hasPermission(user, Permission.EDIT, page)) {
            return true;
        }
        if (user == null) {
            response.sendRedirect(local(LOGIN) + "?os_destination=" + url(editUrl(page)));
        } else {
            message(request, response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You don\u2019t have permission to edit this page, or it does not exist.");
        }
        return false;
    }

    /**
     * Saves the editor's text as a new version of the page and shows the page; refuses, with the text
     * kept in the editor, storage format that is not well-formed and a save over a newer version.
     */
    private void save(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = pageParameter(request.getParameter("pageId"));
        if (!mayEdit(request, response, page)) {
            return;
        }
        String body = valueOf(request, "content");
        if (!String.valueOf(page.getVersion()).equals(request.getParameter("originalVersion"))) {
            editor(request, response, page, body, page.getVersion(), "Not saved: someone else saved version "
                    + page.getVersion() + " of this page since you opened the editor. Your text is below, unchanged; "
                    + "save again to replace their version with it.");
            return;
        }
        try {
            StorageReader.parse(body);
        } catch (StorageFormatException e) {
            editor(request, response, page, body, page.getVersion(), "Not saved: this is not well-formed storage format ("
                    + e.getMessage() + "). Your text is below, unchanged.");
            return;
        }
        confluence.editor().saveNewVersion(page, body);
        response.sendRedirect(local(pageUrl(page)));
    }

    /** The editor of a page: its storage format {@code body}, the version it edits, and why the last save was refused (or null). */
    private void editor(HttpServletRequest request, HttpServletResponse response, Page page, String body, int version,
            String refusal) throws IOException {
        StringBuilder html = new StringBuilder();
        if (refusal != null) {
            html.append("<div id=\"site-editor-error\" class=\"aui-message aui-message-error\" role=\"alert\"><p>")
                    .append(escape(refusal)).append("</p></div>");
        }
        html.append("<form id=\"site-editor\" class=\"aui top-label site-editor\" method=\"post\" action=\"").append(local(DO_EDIT))
                .append("\"><input type=\"hidden\" name=\"pageId\" value=\"").append(page.getId()).append("\">")
                .append("<input type=\"hidden\" name=\"originalVersion\" value=\"").append(version).append("\">")
                .append("<div class=\"field-group\"><label for=\"site-editor-content\">Storage format</label>")
                .append("<textarea id=\"site-editor-content\" class=\"textarea\" name=\"content\" rows=\"24\" spellcheck=\"false\"")
                .append(" aria-describedby=\"site-editor-help")
                .append(refusal == null ? "" : " site-editor-error").append("\"").append(refusal == null ? "" : " aria-invalid=\"true\"")
                .append(">").append(escape(body)).append("</textarea>")
                .append("<div id=\"site-editor-help\" class=\"description\">The page as Confluence stores it (XHTML with ")
                .append("<code>ac:</code> and <code>ri:</code> elements for macros, links and mentions). Saving makes version ")
                .append(version + 1).append(".</div></div>")
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button id=\"rte-button-publish\" ")
                .append("class=\"aui-button aui-button-primary\" type=\"submit\">Save</button> <a id=\"rte-button-cancel\" ")
                .append("class=\"aui-button aui-button-link\" href=\"").append(escape(local(pageUrl(page))))
                .append("\">Cancel</a></div></div></form>");
        List<Map<String, Object>> crumbs = crumbs(page);
        crumbs.add(PageLayout.crumb(page.getTitle(), local(pageUrl(page))));
        String title = "Editing " + page.getTitle();
        render(request, response, HttpServletResponse.SC_OK, new PageLayout.View(title, title, crumbs, null, html.toString()));
    }

    private static String valueOf(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private void login(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        String destination = localDestination(request.getParameter("os_destination"));
        StringBuilder html = new StringBuilder();
        if (error != null) {
            html.append("<div class=\"aui-message aui-message-error\" role=\"alert\"><p>").append(escape(error)).append("</p></div>");
        }
        html.append("<div id=\"login-container\"><form id=\"loginform\" class=\"aui\" method=\"post\" action=\"")
                .append(local(DO_LOGIN)).append("\">")
                .append("<div class=\"field-group\"><label for=\"os_username\">Username</label>")
                .append("<input id=\"os_username\" class=\"text\" type=\"text\" name=\"os_username\" autocomplete=\"username\"></div>")
                .append("<div class=\"field-group\"><label for=\"os_password\">Password</label>")
                .append("<input id=\"os_password\" class=\"password\" type=\"password\" name=\"os_password\" ")
                .append("autocomplete=\"current-password\"></div>")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(escape(destination)).append("\">")
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><button id=\"loginButton\" ")
                .append("class=\"aui-button aui-button-primary\" type=\"submit\">Log in</button></div></div></form></div>");
        html.append("<h2>Or sign in as</h2><p>Everybody's password is their user name.</p><ul class=\"site-login\">");
        for (TestUser user : directory.users()) {
            html.append("<li><form method=\"post\" action=\"").append(local(SWITCH_USER)).append("\">")
                    .append("<input type=\"hidden\" name=\"user\" value=\"").append(escape(user.getName())).append("\">")
                    .append("<input type=\"hidden\" name=\"destination\" value=\"").append(escape(destination)).append("\">")
                    .append("<button class=\"aui-button aui-button-link\" type=\"submit\">").append(escape(user.getFullName()))
                    .append("</button>")
                    .append(site.roles().containsKey(user.getName()) ? " " + escape(site.roles().get(user.getName())) : "")
                    .append("</form></li>");
        }
        html.append("</ul>");
        render(request, response, HttpServletResponse.SC_OK, new PageLayout.View("Log in", "Log in", List.of(), null,
                html.toString()));
    }

    private String sidebar(Page current) {
        Space space = current.getSpace();
        StringBuilder html = new StringBuilder("<h2><a href=\"").append(escape(local(space.getUrlPath()))).append("\">")
                .append(escape(space.getName())).append("</a></h2><p class=\"site-space-key\">")
                .append(escape(space.getKey())).append("</p>");
        Page home = space.getHomePage();
        if (home != null) {
            html.append("<ul class=\"site-page-tree\">");
            tree(home, current, html);
            html.append("</ul>");
        }
        return html.toString();
    }

    private void tree(Page page, Page current, StringBuilder html) {
        html.append("<li><a href=\"").append(escape(local(pageUrl(page)))).append("\"")
                .append(page.getId() == current.getId() ? " aria-current=\"page\"" : "").append(">")
                .append(escape(page.getTitle())).append("</a>");
        List<Page> below = confluence.content().children(page);
        if (!below.isEmpty()) {
            html.append("<ul>");
            for (Page child : below) {
                tree(child, current, html);
            }
            html.append("</ul>");
        }
        html.append("</li>");
    }

    private void message(HttpServletRequest request, HttpServletResponse response, int status, String title, String text)
            throws IOException {
        render(request, response, status, new PageLayout.View(title, title, List.of(PageLayout.crumb("Spaces", local("/"))), null,
                "<div class=\"aui-message aui-message-warning\"><p>" + escape(text) + "</p></div>"));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, PageLayout.View view)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(layout.render(view, request));
    }
}
