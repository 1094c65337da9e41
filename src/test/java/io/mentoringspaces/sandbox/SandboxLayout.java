package io.mentoringspaces.sandbox;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.confluence.PluginContainer;
import io.mentoringspaces.confluence.TestUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's double of Confluence's page decorator: header with the user switcher and the app's
 * header links (shown when their condition says so), the space's page tree, breadcrumbs, and the
 * web resources the request asked for.
 */
final class SandboxLayout {

    /** What one page shows; {@code heading} is null when the content has its own h1. */
    record View(String title, String heading, List<Map<String, Object>> breadcrumbs, String sidebarHtml, String contentHtml) {
    }

    private final SandboxConfluence confluence;
    private final PluginContainer plugin;
    private final SandboxWebResources webResources;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final Map<String, String> roles;

    SandboxLayout(SandboxConfluence confluence, PluginContainer plugin, SandboxWebResources webResources,
            TemplateRenderer renderer, I18nResolver i18n, Map<String, String> roles) {
        this.confluence = confluence;
        this.plugin = plugin;
        this.webResources = webResources;
        this.renderer = renderer;
        this.i18n = i18n;
        this.roles = roles;
    }

    static Map<String, Object> crumb(String name, String url) {
        Map<String, Object> crumb = new LinkedHashMap<>();
        crumb.put("name", name);
        crumb.put("url", url);
        return crumb;
    }

    String render(View view, HttpServletRequest request) {
        ConfluenceUser current = AuthenticatedUserThreadLocal.get();
        List<Map<String, Object>> users = new ArrayList<>();
        for (TestUser user : confluence.users()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("name", user.getName());
            String role = roles.get(user.getName());
            option.put("label", role == null ? user.getFullName() : user.getFullName() + " (" + role + ")");
            option.put("selected", current != null && current.getName().equals(user.getName()));
            users.add(option);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (PluginContainer.HeaderLink link : plugin.headerLinks()) {
            if (link.condition() == null || link.condition().shouldDisplay(Map.of())) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("id", link.linkId());
                model.put("url", link.url());
                model.put("label", i18n.getText(link.labelKey()));
                links.add(model);
            }
        }
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (String url : webResources.requiredUrls()) {
            (url.endsWith(".css") ? css : js).add(url);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", view.title());
        model.put("heading", view.heading());
        model.put("breadcrumbs", view.breadcrumbs());
        model.put("sidebarHtml", view.sidebarHtml());
        model.put("contentHtml", view.contentHtml());
        model.put("users", users);
        model.put("anonymous", current == null);
        model.put("destination", request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.put("headerLinks", links);
        model.put("cssUrls", css);
        model.put("jsUrls", js);
        return renderer.renderFragment("sandbox/layout.vm", model);
    }
}
