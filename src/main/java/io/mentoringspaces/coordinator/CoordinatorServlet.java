package io.mentoringspaces.coordinator;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.model.PairPage;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PairSort;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.model.ProgrammeSummary;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.service.ProgrammeReportService;
import io.mentoringspaces.view.PairsViews;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinator view, {@code /plugins/servlet/mentoring/coordinator}: the programmes the user
 * coordinates (every programme for administrators) with their summaries, and
 * {@code .../coordinator/<programme key>}: one programme's summary and its pairs, sortable by every
 * column, filtered by status and by text in the mentee's and mentor's names, 25 a page by default.
 * It shows figures only, read from the app's tables. The host lets every request through
 * ({@link UnrestrictedAccess}) so that the servlet decides: anonymous users go to the login page,
 * users who coordinate nothing, or who may not use Confluence (as {@code @LicensedOnly} would refuse
 * them), get a 403 page that names no programme and no number. Bad input (an unknown sort column, a
 * character that is not allowed) gets the refusal page naming the field.
 */
@UnrestrictedAccess
public class CoordinatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/plugins/servlet/mentoring/coordinator";
    static final String OVERVIEW_TEMPLATE = "templates/coordinator/overview.vm";
    static final String PROGRAMME_TEMPLATE = "templates/coordinator/programme.vm";
    static final String WEB_RESOURCE = PluginKeys.PLUGIN_KEY + ":coordinator-view-resources";

    private final transient ProgrammeReportService reports;
    private final transient AccessService access;
    private final transient PairsViews views;
    private final transient I18nResolver i18n;
    private final transient PageBuilderService pageBuilder;
    private final transient Pages pages;

    public CoordinatorServlet(AccessService access, ProgrammeAccessService programmeAccess, ProgrammeReportService reports,
            PairsViews views, TemplateRenderer renderer, LoginUriProvider loginUriProvider,
            I18nResolver i18n, PageBuilderService pageBuilder) {
        this.reports = reports;
        this.pageBuilder = pageBuilder;
        this.access = access;
        this.views = views;
        this.i18n = i18n;
        this.pages = new Pages(renderer, loginUriProvider, i18n, views::number, access, programmeAccess);
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
        ConfluenceUser user = visitor.user();
        List<Programme> visible = visitor.programmes();
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        String key = programmeKey(request);
        if (key == null) {
            overview(request, response, visible);
            return;
        }
        Optional<Programme> programme = ProgrammeAccessService.find(visible, key);
        if (programme.isEmpty()) {
            pages.notFound(response);
            return;
        }
        PairQuery query = reports.query(request.getParameter("sort"), request.getParameter("order"), request.getParameter("status"),
                request.getParameter("q"), request.getParameter("start"), request.getParameter("limit"));
        programme(request, response, user, reports.report(programme.get(), query), query);
    }

    private void overview(HttpServletRequest request, HttpServletResponse response, List<Programme> visible) throws IOException {
        String base = request.getContextPath() + PATH;
        Map<String, ProgrammeSummary> summaries = reports.summaries(visible);
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (Programme programme : visible) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", programme.name());
            model.put("url", base + "/" + programme.key());
            model.put("archived", programme.archived());
            model.put("summary", views.summary(summaries.get(programme.key())));
            programmes.add(model);
        }
        List<String> figureLabels = new ArrayList<>();
        for (String figure : views.summary(new ProgrammeSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, PracticeFigures.NONE)).keySet()) {
            figureLabels.add(views.summaryLabel(figure));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", i18n.getText("mentoring.coordinator.title"));
        context.put("programmes", programmes);
        context.put("empty", programmes.isEmpty());
        context.put("figureLabels", figureLabels);
        context.put("adminUrl", request.getContextPath() + ProgrammeAdminServlet.PATH);
        context.put("texts", texts("mentoring.coordinator.programme", "mentoring.coordinator.archived",
                "mentoring.coordinator.manage", "mentoring.coordinator.empty"));
        pages.render(response, OVERVIEW_TEMPLATE, context);
    }

    private void programme(HttpServletRequest request, HttpServletResponse response, ConfluenceUser user, ProgrammeReport report,
            PairQuery query) throws IOException {
        Programme programme = report.programme();
        PairPage page = report.page();
        String base = request.getContextPath() + PATH + "/" + programme.key();
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        Links links = new Links(base, query, q);
        Map<String, Space> viewable = access.viewableSpaces(user, page.rows().stream().map(PairRow::spaceKey).toList());

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", programme.name());
        context.put("archived", programme.archived());
        context.put("overviewUrl", request.getContextPath() + PATH);
        context.put("summaryHtml", views.summaryHtml(views.fullSummary(report.summary())));
        context.put("chartsHtml", views.chartsHtml(report, true));
        context.put("filter", filter(base, query, q));
        String empty = query.status() == null && query.text() == null ? i18n.getText("mentoring.coordinator.no.pairs")
                : i18n.getText("mentoring.coordinator.no.match");
        context.put("tableHtml", views.tableHtml(views.columns(query.sort(), query.descending(), links::sortedBy),
                views.pairs(page.rows(), viewable, request.getContextPath()), empty));
        context.put("pagination", pagination(page, links));
        context.put("csvUrl", request.getContextPath() + "/rest/mentoring/1.0/programmes/" + programme.key() + "/pairs.csv"
                + links.query(query.sort(), query.descending(), 0, false));
        context.put("texts", texts("mentoring.coordinator.back", "mentoring.coordinator.csv", "mentoring.coordinator.archived",
                "mentoring.coordinator.filter.status", "mentoring.coordinator.filter.status.all",
                "mentoring.coordinator.filter.text", "mentoring.coordinator.filter.apply"));
        pages.render(response, PROGRAMME_TEMPLATE, context);
    }

    private Map<String, Object> filter(String base, PairQuery query, String q) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (PairStatus status : PairStatus.values()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", status.parameter());
            option.put("label", views.status(status));
            option.put("selected", status == query.status());
            options.add(option);
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("action", base);
        filter.put("q", q);
        filter.put("sort", query.sort().parameter());
        filter.put("order", query.descending() ? "desc" : "asc");
        filter.put("limit", query.limit() == ProgrammeReportService.DEFAULT_LIMIT ? null : Integer.toString(query.limit()));
        filter.put("statuses", options);
        return filter;
    }

    private Map<String, Object> pagination(PairPage page, Links links) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        int from = page.rows().isEmpty() ? 0 : page.start() + 1;
        pagination.put("text", i18n.getText("mentoring.coordinator.showing", views.number(from),
                views.number(page.start() + page.rows().size()), views.number(page.total())));
        pagination.put("previousUrl", page.start() > 0 ? links.page(Math.max(0, page.start() - page.limit())) : null);
        pagination.put("nextUrl", page.start() + page.limit() < page.total() ? links.page(page.start() + page.limit()) : null);
        pagination.put("previous", i18n.getText("mentoring.coordinator.previous"));
        pagination.put("next", i18n.getText("mentoring.coordinator.next"));
        return pagination;
    }

    /** Texts by name for the template: {@code mentoring.coordinator.filter.text} is {@code $texts.filter_text}. */
    private Map<String, String> texts(String... keys) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            texts.put(key.substring("mentoring.coordinator.".length()).replace('.', '_'), i18n.getText(key));
        }
        return texts;
    }

    /** The programme key in {@code .../coordinator/<key>}, or null for the overview. */
    static String programmeKey(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = uri.indexOf(PATH);
        String rest = at < 0 ? "" : uri.substring(at + PATH.length());
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() ? null : rest;
    }

    /** Links to the same programme page with another sort or page, keeping the filters. */
    private static final class Links {

        private final String base;
        private final PairQuery query;
        private final String q;

        Links(String base, PairQuery query, String q) {
            this.base = base;
            this.query = query;
            this.q = q;
        }

        /** Sorting by a column: ascending first, the other way when it is the current column. */
        String sortedBy(PairSort sort) {
            boolean descending = sort == query.sort() && !query.descending();
            return base + query(sort, descending, 0, true);
        }

        String page(int start) {
            return base + query(query.sort(), query.descending(), start, true);
        }

        String query(PairSort sort, boolean descending, int start, boolean withLimit) {
            StringBuilder url = new StringBuilder("?sort=").append(sort.parameter()).append("&order=")
                    .append(descending ? "desc" : "asc");
            if (query.status() != null) {
                url.append("&status=").append(query.status().parameter());
            }
            if (!q.isEmpty()) {
                url.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            if (start > 0) {
                url.append("&start=").append(start);
            }
            if (withLimit && query.limit() != ProgrammeReportService.DEFAULT_LIMIT) {
                url.append("&limit=").append(query.limit());
            }
            return url.toString();
        }
    }
}
