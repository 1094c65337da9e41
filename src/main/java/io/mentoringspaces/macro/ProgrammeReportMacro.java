package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.view.PairsViews;
import io.mentoringspaces.model.PairPage;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.service.ProgrammeReportService;
import io.mentoringspaces.service.ProgrammeService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-programme-report}: a programme's summary and its pairs (the {@value #ROWS} most
 * urgent) for a coordinator's own page, the same figures as the coordinator view. Static HTML, so
 * it reads the same in PDF, Word, HTML export and e-mail; on screen it asks for the coordinator view's
 * styles, which lay out its summary. Anybody who is not a coordinator of the programme (or a
 * Confluence administrator) gets a message that names no programme and no number.
 */
public class ProgrammeReportMacro implements Macro {

    static final String TEMPLATE = "templates/macro/programme-report.vm";
    /** Pairs listed at most; the coordinator view has them all. */
    static final int ROWS = ProgrammeReportService.MAX_LIMIT;

    private final AccessService access;
    private final ProgrammeAccessService programmeAccess;
    private final ProgrammeService programmes;
    private final ProgrammeReportService reports;
    private final PairsViews views;
    private final TemplateRenderer renderer;
    private final ApplicationProperties application;
    private final I18nResolver i18n;
    private final MacroSupport support;

    public ProgrammeReportMacro(AccessService access, ProgrammeAccessService programmeAccess, ProgrammeService programmes,
            ProgrammeReportService reports, PairsViews views, TemplateRenderer renderer,
            ApplicationProperties application, I18nResolver i18n, MacroSupport support) {
        this.access = access;
        this.programmeAccess = programmeAccess;
        this.programmes = programmes;
        this.reports = reports;
        this.views = views;
        this.renderer = renderer;
        this.application = application;
        this.i18n = i18n;
        this.support = support;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            InputGate.checkFields(parameters == null ? Map.of() : parameters);
        } catch (InvalidInputException e) {
            return message("error", e.message(i18n, views::number));
        }
        String key = parameters == null ? null : parameters.get("programme");
        if (key == null || key.isBlank()) {
            return message("error", i18n.getText("mentoring.report.error.programme.missing"));
        }
        ConfluenceUser user = access.currentUser();
        Optional<Programme> programme = programmes.findByKey(key.strip());
        if (programme.isPresent() && programmeAccess.maySee(user, programme.get())) {
            return report(reports.report(programme.get(), PairQuery.firstPage(ROWS)), user, context);
        }
        if (programme.isEmpty() && access.isConfluenceAdmin(user)) {
            return message("error", i18n.getText("mentoring.error.programme.unknown"));
        }
        return message("info", i18n.getText("mentoring.report.not.coordinator"));
    }

    private String report(ProgrammeReport report, ConfluenceUser user, ConversionContext context) {
        boolean onScreen = MacroSupport.onScreen(context);
        String base = application.getBaseUrl(onScreen ? UrlMode.RELATIVE : UrlMode.ABSOLUTE);
        if (onScreen) {
            support.requireResource("coordinator-view-resources");
        }
        PairPage page = report.page();
        List<PairRow> rows = page.rows();
        Map<String, Space> viewable = access.viewableSpaces(user, rows.stream().map(PairRow::spaceKey).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", i18n.getText("mentoring.report.title", report.programme().name()));
        model.put("summaryHtml", views.summaryHtml(views.fullSummary(report.summary())));
        model.put("chartsHtml", views.chartsHtml(report, onScreen));
        model.put("tableHtml", views.tableHtml(views.columns(PairQuery.firstPage(ROWS).sort(), false, null),
                views.pairs(rows, viewable, base), i18n.getText("mentoring.coordinator.no.pairs")));
        model.put("shown", page.total() > rows.size()
                ? i18n.getText("mentoring.report.shown", views.number(rows.size()), views.number(page.total()))
                : null);
        model.put("viewUrl", onScreen ? base + "/plugins/servlet/mentoring/coordinator/" + report.programme().key() : null);
        model.put("viewText", i18n.getText("mentoring.report.open.view"));
        return renderer.renderFragment(TEMPLATE, model);
    }

    private String message(String type, String text) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("messageType", type);
        model.put("message", text);
        return renderer.renderFragment(TEMPLATE, model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
