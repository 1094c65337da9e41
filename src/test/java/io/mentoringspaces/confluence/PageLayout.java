package io.mentoringspaces.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Confluence's page decorator in the test Confluence: the header with the user switcher, the signed-in
 * user's language choice (as Confluence's profile settings offer it) and the app's header links (shown
 * when their condition says so), the space's page tree, breadcrumbs, and the web resources the request
 * asked for.
 */
final class PageLayout {

    /** What one page shows; {@code heading} is null when the content has its own h1. */
    record View(String title, String heading, List<Map<String, Object>> breadcrumbs, String sidebarHtml, String contentHtml) {
    }

    private final Site site;
    private final Directory directory;
    private final Supplier<PluginContainer> plugin;
    private final WebResources webResources;
    private final RecordingPageBuilder pageBuilder;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;

    PageLayout(Site site, Directory directory, Supplier<PluginContainer> plugin, WebResources webResources,
            RecordingPageBuilder pageBuilder, TemplateRenderer renderer, I18nResolver i18n) {
        this.site = site;
        this.directory = directory;
        this.plugin = plugin;
        this.webResources = webResources;
        this.pageBuilder = pageBuilder;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    static Map<String, Object> crumb(String name, String url) {
        Map<String, Object> crumb = new LinkedHashMap<>();
        crumb.put("name", name);
        crumb.put("url", url);
        return crumb;
    }

    /** The languages a user may choose in the header, each named in itself: those the app has texts for. */
    private static final List<Locale> LANGUAGES = List.of(Locale.UK, Locale.GERMANY);

    String render(View view, HttpServletRequest request) {
        ConfluenceUser current = AuthenticatedUserThreadLocal.get();
        Locale locale = UserLocales.of(current);
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("tag", language.toString());
            option.put("lang", language.toLanguageTag());
            option.put("label", language.getDisplayLanguage(language));
            option.put("selected", language.getLanguage().equals(locale.getLanguage()));
            languages.add(option);
        }
        List<Map<String, Object>> users = new ArrayList<>();
        for (TestUser user : directory.users()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("name", user.getName());
            String role = site.roles().get(user.getName());
            option.put("label", role == null ? user.getFullName() : user.getFullName() + " (" + role + ")");
            option.put("selected", current != null && current.getName().equals(user.getName()));
            users.add(option);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (PluginContainer.HeaderLink link : plugin.get().headerLinks()) {
            if (link.condition() == null || link.condition().shouldDisplay(Map.of())) {
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("id", link.linkId());
                model.put("url", WebServer.CONTEXT_PATH + link.url());
                model.put("label", i18n.getText(link.labelKey()));
                links.add(model);
            }
        }
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (String path : webResources.paths(pageBuilder.requiredInRequest())) {
            (path.endsWith(".css") ? css : js).add(WebServer.CONTEXT_PATH + path);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("siteName", site.name());
        model.put("contextPath", WebServer.CONTEXT_PATH);
        model.put("title", view.title());
        model.put("heading", view.heading());
        model.put("breadcrumbs", view.breadcrumbs());
        model.put("sidebarHtml", view.sidebarHtml());
        model.put("contentHtml", view.contentHtml());
        model.put("users", users);
        model.put("anonymous", current == null);
        model.put("lang", locale.toLanguageTag());
        model.put("languages", languages);
        model.put("destination", request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.put("headerLinks", links);
        model.put("cssUrls", css);
        model.put("jsUrls", js);
        return renderer.renderFragment("confluence/site/page.vm", model);
    }
}
