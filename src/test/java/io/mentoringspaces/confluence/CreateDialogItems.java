package io.mentoringspaces.confluence;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.PluginKeys;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The create-content plugin's list of the Create dialog's items for a space, which its dialog (and
 * {@code Confluence.Blueprint.loadDialogAndOpenTemplate}) reads to find a blueprint by its id:
 * {@code GET /rest/create-dialog/1.0/blueprints/web-items?spaceKey=<key>}, as Confluence 8.7.2 answers it
 * for the app's page blueprints (decompiled {@code confluence-create-content-plugin-18.7.17},
 * {@code rest/BlueprintResource#getWebItems}, {@code rest/AbstractRestResource},
 * {@code rest/entities/CreateDialogWebItemEntity}): one item per web item of the section
 * {@code system.create.dialog/content} that names a blueprint, with its {@code name},
 * {@code itemModuleCompleteKey} (the web item), {@code blueprintModuleCompleteKey}, the blueprint's
 * {@code contentBlueprintId} (a UUID, the same at every call) and {@code createResult}; 400 without a
 * space key or for a space that does not exist, 403 for a user who may not add pages to the space.
 * Confluence lists its own items too (blank page, blog post, other plugins' blueprints); the test
 * Confluence has only the app's.
 */
final class CreateDialogItems extends HttpServlet {

    static final String PATH = "/rest/create-dialog/1.0/blueprints/web-items";
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECTION = "system.create.dialog/content";

    /** A web item of the Create dialog and the blueprint it names. */
    private record Item(String webItemKey, String nameKey, String blueprintKey, String createResult) {
    }

    private final transient List<Item> items = new ArrayList<>();
    private final transient ContentStore content;
    private final transient InMemoryPermissionManager permissions;
    private final transient BundleI18nResolver i18n;

    CreateDialogItems(Document descriptor, ContentStore content, InMemoryPermissionManager permissions, BundleI18nResolver i18n) {
        this.content = content;
        this.permissions = permissions;
        this.i18n = i18n;
        Map<String, String> createResults = new HashMap<>();
        NodeList blueprints = descriptor.getElementsByTagName("blueprint");
        for (int i = 0; i < blueprints.getLength(); i++) {
            Element blueprint = (Element) blueprints.item(i);
            if (blueprint.hasAttribute("key")) {
                createResults.put(blueprint.getAttribute("key"), blueprint.getAttribute("create-result"));
            }
        }
        NodeList webItems = descriptor.getElementsByTagName("web-item");
        for (int i = 0; i < webItems.getLength(); i++) {
            Element webItem = (Element) webItems.item(i);
            String blueprintKey = blueprintParameter(webItem);
            if (SECTION.equals(webItem.getAttribute("section")) && createResults.containsKey(blueprintKey)) {
                items.add(new Item(webItem.getAttribute("key"), webItem.getAttribute("i18n-name-key"), blueprintKey,
                        createResults.get(blueprintKey)));
            }
        }
    }

    private static String blueprintParameter(Element webItem) {
        NodeList params = webItem.getElementsByTagName("param");
        for (int p = 0; p < params.getLength(); p++) {
            Element param = (Element) params.item(p);
            if (param.getAttribute("name").equals("blueprintKey")) {
                return param.getAttribute("value");
            }
        }
        return null;
    }

    /** The id the create-content plugin gives a plugin's blueprint. */
    static UUID contentBlueprintId(String blueprintCompleteKey) {
        return UUID.nameUUIDFromBytes(("content-blueprint:" + blueprintCompleteKey).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("spaceKey");
        if (spaceKey == null || spaceKey.isBlank()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Space space = content.space(spaceKey);
        if (space == null) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!permissions.hasCreatePermission(AuthenticatedUserThreadLocal.get(), space, Page.class)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        List<Map<String, Object>> answer = new ArrayList<>();
        for (Item item : items) {
            String blueprint = PluginKeys.PLUGIN_KEY + ":" + item.blueprintKey();
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("name", i18n.getText(item.nameKey()));
            entity.put("itemModuleCompleteKey", PluginKeys.PLUGIN_KEY + ":" + item.webItemKey());
            entity.put("blueprintModuleCompleteKey", blueprint);
            entity.put("contentBlueprintId", contentBlueprintId(blueprint).toString());
            entity.put("createResult", item.createResult());
            answer.add(entity);
        }
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), answer);
    }

    /** A refusal: its status (the form of Confluence's error body is not reproduced). */
    private static void refuse(HttpServletResponse response, int status) {
        response.setStatus(status);
    }
}
