package io.mentoringspaces.coordinator;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.view.PairsViews;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Programme administration, {@code /plugins/servlet/mentoring/programmes}: administrators create,
 * edit, archive and restore programmes; a programme's coordinators edit its description and
 * default cadence. The page only renders the forms; they save through the REST API
 * ({@code /rest/mentoring/1.0/programmes}) with JSON, from the page's script, which checks every field
 * first and shows each field's refusal (its own, or the server's) next to the field; the coordinator
 * group is picked from Confluence's groups as its name is typed. Access as for {@link CoordinatorServlet}.
 */
@UnrestrictedAccess
public class ProgrammeAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/plugins/servlet/mentoring/programmes";
    static final String TEMPLATE = "templates/coordinator/programmes.vm";
    static final String WEB_RESOURCE = PluginKeys.PLUGIN_KEY + ":programme-admin-resources";
    /**
     * Confluence's group search, below the context path, which its own group pickers call (decompiled
     * Confluence 8.7.2: {@code PrototypeSearchService}, {@code /search/group} of its prototype REST API):
     * {@code ?query=<start of the name>&max-results=<n>} answers {@code {"result":[{"name":...}]}}.
     */
    static final String GROUP_SEARCH = "/rest/prototype/1/search/group";

    private static final Map<CoordinatorAccess, String> ACCESS_LABELS = Map.of(
            CoordinatorAccess.METRICS_ONLY, "mentoring.admin.access.metrics-only",
            CoordinatorAccess.VIEW, "mentoring.admin.access.view");
    private static final List<String> TEXTS = List.of("mentoring.admin.create", "mentoring.admin.key",
            "mentoring.admin.key.hint", "mentoring.admin.name", "mentoring.admin.description", "mentoring.admin.group",
            "mentoring.admin.group.hint", "mentoring.admin.cadence", "mentoring.admin.access", "mentoring.admin.save",
            "mentoring.admin.archive", "mentoring.admin.restore", "mentoring.admin.archived", "mentoring.admin.report",
            "mentoring.admin.back", "mentoring.admin.coordinator.hint");

    private final transient PageBuilderService pageBuilder;
    private final transient PairsViews views;
    private final transient I18nResolver i18n;
    private final transient Pages pages;

    public ProgrammeAdminServlet(AccessService access, ProgrammeAccessService programmeAccess, PageBuilderService pageBuilder,
            PairsViews views, TemplateRenderer renderer, LoginUriProvider loginUriProvider, I18nResolver i18n) {
        this.pageBuilder = pageBuilder;
        this.views = views;
        this.i18n = i18n;
        this.pages = new Pages(renderer, loginUriProvider, i18n, access, programmeAccess);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        pages.serve(request, response, () -> super.service(request, response));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pages.Visitor visitor = pages.admit(request, response);
        if (visitor == null) {
            return;
        }
        List<Programme> visible = visitor.programmes();
        boolean admin = visitor.admin();
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        String rest = request.getContextPath() + "/rest/mentoring/1.0/programmes";
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (Programme programme : visible) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("key", programme.key());
            model.put("name", programme.name());
            model.put("description", programme.description() == null ? "" : programme.description());
            model.put("coordinatorGroup", programme.coordinatorGroup() == null ? "" : programme.coordinatorGroup());
            model.put("archived", programme.archived());
            model.put("url", rest + "/" + programme.key());
            model.put("reportUrl", request.getContextPath() + CoordinatorServlet.PATH + "/" + programme.key());
            model.put("cadences", cadences(programme.defaultCadence()));
            model.put("accesses", accesses(programme.coordinatorAccess()));
            programmes.add(model);
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", i18n.getText("mentoring.admin.title"));
        context.put("admin", admin);
        context.put("programmes", programmes);
        context.put("createUrl", rest);
        context.put("newCadences", cadences(Cadence.WEEKLY));
        context.put("newAccesses", accesses(CoordinatorAccess.METRICS_ONLY));
        context.put("coordinatorUrl", request.getContextPath() + CoordinatorServlet.PATH);
        context.put("groupSearchUrl", request.getContextPath() + GROUP_SEARCH);
        context.put("keyPattern", Limits.PROGRAMME_KEY.pattern());
        context.put("texts", texts());
        pages.render(response, TEMPLATE, context);
    }

    private List<Map<String, Object>> cadences(Cadence selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Cadence cadence : Cadence.values()) {
            String value = cadence.name().toLowerCase(Locale.ROOT);
            options.add(option(value, views.cadence(cadence), cadence == selected));
        }
        return options;
    }

    private List<Map<String, Object>> accesses(CoordinatorAccess selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (CoordinatorAccess access : CoordinatorAccess.values()) {
            String value = access.name().toLowerCase(Locale.ROOT).replace('_', '-');
            options.add(option(value, i18n.getText(ACCESS_LABELS.get(access)), access == selected));
        }
        return options;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("value", value);
        option.put("label", label);
        option.put("selected", selected);
        return option;
    }

    /** Texts by name for the template: {@code mentoring.admin.key.hint} is {@code $texts.key_hint}. */
    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : TEXTS) {
            texts.put(key.substring("mentoring.admin.".length()).replace('.', '_'), i18n.getText(key));
        }
        return texts;
    }
}
