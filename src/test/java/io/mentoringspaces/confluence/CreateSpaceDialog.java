package io.mentoringspaces.confluence;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Confluence's Create-space dialog for the app's space blueprints, as the create-content plugin
 * (18.7.17) offers it:
 * <ul>
 * <li>{@code GET /create-space}: the dialog, listing each web-item of the section
 * {@code system.create.space.dialog/content} (name, description, icon) whose {@code blueprintKey} names a
 * space blueprint; it loads the web resources of the context {@code create-space} (the app's wizard
 * scripts) after the test Confluence's stand-in for the create-content plugin's scripts
 * ({@code create-space.js}: {@code Confluence.Blueprint.setWizard}, the wizard hooks {@code pre-render},
 * {@code post-render} and {@code submit} of each dialog page, {@code Confluence.SpaceBlueprint.CommonWizardBindings}).
 * Picking a blueprint shows its dialog-wizard's pages;</li>
 * <li>{@code POST /create-space/wizard-page} with {@code {"templateKey": ..., "context": {...}}}: the HTML
 * of a dialog page's Soy template, rendered with the hooks' render context (as its data and its
 * injected data) by the Soy compiler of Confluence's generation ({@link SoyTemplates}), in the user's
 * language; Confluence compiles the template to a script and renders it in the browser instead;</li>
 * <li>{@code POST /rest/create-dialog/1.0/space-blueprint/create-space} with
 * {@code {spaceKey, name, description, permissions, spaceBlueprintId, context}} (the plugin's
 * {@code SpaceBlueprintResource.createSpace}, {@code CreateBlueprintSpaceRestEntity}): creates the space
 * from the blueprint through {@link CreateContent#createSpace}, the wizard's fields as the context of the
 * app's context providers and of the space events, and answers {@code {key, name, description, url}}
 * ({@code BlueprintSpaceEntity}, the URL from the base URL). It refuses anonymous users (401), a body
 * that is not JSON (415, 400), an unknown blueprint (404), a blank name or a key that is not letters and
 * digits or that a space has already (400, {@code field} naming the input); a refusal of the app's
 * context providers keeps its status and JSON.</li>
 * </ul>
 * A space blueprint's id is a UUID of the create-content plugin's; here one derived from its complete key.
 */
final class CreateSpaceDialog extends HttpServlet {

    static final String DIALOG = "/create-space";
    static final String WIZARD_PAGE = "/create-space/wizard-page";
    static final String CREATE = "/rest/create-dialog/1.0/space-blueprint/create-space";
    /** The app's Soy, and the test Confluence's stand-in for the create-content plugin's templates it calls. */
    static final List<String> SOY = List.of("soy/mentoring-wizards.soy", "confluence/create-space/create-space-form-fields.soy");
    private static final long serialVersionUID = 1L;
    private static final String SECTION = "system.create.space.dialog/content";
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dialog-wizard page: its id, Soy template, title and help, whether it is the last. */
    record WizardPage(String id, String templateKey, String title, String descriptionHeader, String description, boolean last) {
    }

    /** A space blueprint as the dialog lists it. */
    record Choice(String itemKey, String blueprintKey, String blueprintId, String nameKey, String descriptionKey, String icon,
            List<WizardPage> pages) {
    }

    private final transient ConfluenceDouble confluence;
    private final transient PageLayout layout;
    private final transient RecordingPageBuilder pageBuilder;
    private final transient WebResources webResources;
    private final transient List<Choice> choices;
    private final transient SoyTemplates soy;

    CreateSpaceDialog(ConfluenceDouble confluence, PageLayout layout, RecordingPageBuilder pageBuilder, WebResources webResources,
            Document descriptor, SoyTemplates soy) {
        this.confluence = confluence;
        this.layout = layout;
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.choices = choices(descriptor);
        this.soy = soy;
    }

    /** The space blueprints of the descriptor that the dialog offers, in the web-items' order. */
    private static List<Choice> choices(Document descriptor) {
        Element root = descriptor.getDocumentElement();
        Map<String, Element> blueprints = new LinkedHashMap<>();
        for (Element blueprint : SourceFiles.elements(root, "space-blueprint")) {
            blueprints.put(blueprint.getAttribute("key"), blueprint);
        }
        List<Choice> found = new ArrayList<>();
        for (Element item : SourceFiles.elements(root, "web-item")) {
            Element blueprint = null;
            for (Element param : SourceFiles.elements(item, "param")) {
                if (param.getAttribute("name").equals("blueprintKey")) {
                    blueprint = blueprints.get(param.getAttribute("value"));
                }
            }
            if (!item.getAttribute("section").equals(SECTION) || blueprint == null) {
                continue;
            }
            List<WizardPage> pages = new ArrayList<>();
            for (Element page : SourceFiles.elements(blueprint, "dialog-page")) {
                pages.add(new WizardPage(page.getAttribute("id"), page.getAttribute("template-key"), page.getAttribute("title-key"),
                        page.getAttribute("description-header-key"), page.getAttribute("description-content-key"),
                        Boolean.parseBoolean(page.getAttribute("last"))));
            }
            String blueprintKey = PluginKeys.PLUGIN_KEY + ":" + blueprint.getAttribute("key");
            List<Element> icons = SourceFiles.elements(item, "resource");
            found.add(new Choice(PluginKeys.PLUGIN_KEY + ":" + item.getAttribute("key"), blueprintKey,
                    UUID.nameUUIDFromBytes(blueprintKey.getBytes(StandardCharsets.UTF_8)).toString(),
                    item.getAttribute("i18n-name-key"), SourceFiles.elements(item, "description").get(0).getAttribute("key"),
                    icons.isEmpty() ? null : icons.get(0).getAttribute("location"), pages));
        }
        return found;
    }

    private I18nResolver i18n() {
        return confluence.service(I18nResolver.class);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().equals(DIALOG)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (AuthenticatedUserThreadLocal.get() == null) {
            response.sendRedirect(WebServer.CONTEXT_PATH + SitePages.LOGIN + "?os_destination=" + DIALOG);
            return;
        }
        webResources.inContext("create-space").forEach(pageBuilder::require);
        I18nResolver i18n = i18n();
        List<Map<String, Object>> blueprints = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (Choice choice : choices) {
            Map<String, Object> blueprint = new LinkedHashMap<>();
            blueprint.put("itemKey", choice.itemKey());
            blueprint.put("blueprintId", choice.blueprintId());
            List<Map<String, Object>> pages = new ArrayList<>();
            for (WizardPage page : choice.pages()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", page.id());
                json.put("templateKey", page.templateKey());
                json.put("title", i18n.getText(page.title()));
                json.put("descriptionHeader", i18n.getText(page.descriptionHeader()));
                json.put("description", i18n.getText(page.description()));
                json.put("last", page.last());
                pages.add(json);
            }
            blueprint.put("pages", pages);
            blueprints.add(blueprint);
            list.append("<li><button type=\"button\" class=\"site-blueprint\" data-item-key=\"").append(SitePages.escape(choice.itemKey()))
                    .append("\">");
            if (choice.icon() != null) {
                list.append("<img src=\"").append(SitePages.escape(WebServer.CONTEXT_PATH + WebResources.PATH + "/"
                        + PluginKeys.PLUGIN_KEY + "/" + choice.icon())).append("\" alt=\"\" width=\"48\" height=\"48\">");
            }
            list.append("<span class=\"site-blueprint-text\"><span class=\"site-blueprint-name\">")
                    .append(SitePages.escape(i18n.getText(choice.nameKey()))).append("</span><span class=\"site-blueprint-description\">")
                    .append(SitePages.escape(i18n.getText(choice.descriptionKey()))).append("</span></span></button></li>");
        }
        String html = "<script type=\"application/json\" id=\"create-space-blueprints\">"
                + JSON.writeValueAsString(blueprints).replace("<", "\\u003c") + "</script>"
                + "<script src=\"" + WebServer.CONTEXT_PATH + StaticFiles.PATH + "/create-space.js\"></script>"
                + "<section id=\"create-space-dialog\" class=\"site-dialog\" role=\"dialog\" aria-labelledby=\"title-text\""
                + " data-wizard-page-url=\"" + WebServer.CONTEXT_PATH + WIZARD_PAGE + "\" data-create-url=\""
                + WebServer.CONTEXT_PATH + CREATE + "\">"
                + "<div id=\"create-space-choose\" class=\"site-dialog-step\"><p id=\"create-space-choose-help\">Choose the kind of space"
                + " to create.</p><ul class=\"site-blueprints\" aria-labelledby=\"create-space-choose-help\">" + list + "</ul></div>"
                + "<div id=\"create-space-wizard\" class=\"site-dialog-step hidden\">"
                + "<h3 id=\"create-space-wizard-title\" class=\"site-wizard-title\" tabindex=\"-1\"></h3>"
                + "<div class=\"site-wizard-columns\"><div id=\"create-space-wizard-page\" class=\"site-wizard-page\"></div>"
                + "<aside class=\"site-wizard-help\" aria-labelledby=\"create-space-wizard-help-title\">"
                + "<h4 id=\"create-space-wizard-help-title\"></h4><p id=\"create-space-wizard-help\"></p></aside></div>"
                + "<div id=\"create-space-error\" class=\"aui-message aui-message-error hidden\" role=\"alert\"></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button type=\"button\" class=\"aui-button\" id=\"create-space-back\">Back</button> "
                + "<button type=\"button\" class=\"aui-button aui-button-primary\" id=\"create-space-submit\">Create</button>"
                + "</div></div></div></section>";
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(layout.render(new PageLayout.View("Create space", "Create space",
                List.of(PageLayout.crumb("Spaces", WebServer.CONTEXT_PATH + "/")), null, html), request));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (AuthenticatedUserThreadLocal.get() == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to create a space.", null);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send JSON.", null);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The body is not JSON.", null);
            return;
        }
        if (body == null || !body.isObject()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The body is not a JSON object.", null);
            return;
        }
        if (request.getServletPath().equals(WIZARD_PAGE)) {
            wizardPage(body, response);
        } else {
            create(body, request, response);
        }
    }

    private void wizardPage(JsonNode body, HttpServletResponse response) throws IOException {
        String templateKey = body.path("templateKey").asText();
        boolean known = choices.stream().flatMap(choice -> choice.pages().stream()).anyMatch(page -> page.templateKey().equals(templateKey));
        if (!known) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No dialog page has the template " + templateKey + ".", "templateKey");
            return;
        }
        Map<String, Object> context = body.path("context").isObject()
                ? JSON.convertValue(body.path("context"), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class))
                : Map.of();
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(soy.render(templateKey, context, context));
    }

    private void create(JsonNode body, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String blueprintId = body.path("spaceBlueprintId").asText();
        Choice choice = choices.stream().filter(c -> c.blueprintId().equals(blueprintId)).findFirst().orElse(null);
        if (choice == null) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "There is no space blueprint with the id " + blueprintId + ".",
                    "spaceBlueprintId");
            return;
        }
        String name = body.path("name").asText("").strip();
        String key = body.path("spaceKey").asText("").strip();
        if (name.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Enter a name for the space.", "name");
            return;
        }
        if (!SPACE_KEY.matcher(key).matches()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "A space key is made of letters and digits only.", "spaceKey");
            return;
        }
        if (confluence.spaces().stream().anyMatch(space -> space.getKey().equalsIgnoreCase(key))) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "A space with the key " + key + " exists already.", "spaceKey");
            return;
        }
        Map<String, Object> context = body.path("context").isObject()
                ? JSON.convertValue(body.path("context"), JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
                        Object.class))
                : new LinkedHashMap<>();
        Space space;
        try {
            space = confluence.createContent().createSpace(choice.blueprintKey(), key, name, context);
        } catch (WebApplicationException e) {
            Response refusal = e.getResponse();
            response.setStatus(refusal.getStatus());
            response.setContentType("application/json;charset=UTF-8");
            JSON.writeValue(response.getWriter(), Objects.requireNonNullElse(refusal.getEntity(), Map.of()));
            return;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("key", space.getKey());
        created.put("name", space.getName());
        created.put("description", "");
        created.put("url", baseUrl(request) + space.getUrlPath());
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), created);
    }

    /** Confluence's base URL as the request reached it: scheme, host, port and context path. */
    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static void refuse(HttpServletResponse response, int status, String message, String field) throws IOException {
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("status", status);
        refusal.put("message", message);
        if (field != null) {
            refusal.put("field", field);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), refusal);
    }
}
