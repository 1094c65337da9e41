package io.mentoringspaces.view;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MonthlyCounts;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PairSort;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.model.ProgrammeSummary;
import io.mentoringspaces.view.chart.Chart;
import io.mentoringspaces.view.chart.ChartColours;
import io.mentoringspaces.view.chart.Charts;
import io.mentoringspaces.view.chart.Segment;
import io.mentoringspaces.view.chart.Series;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The view models of a programme's summary and pairs table, shared by the coordinator view and the
 * programme report macro: plain maps of translated strings, dates and numbers in the user's locale. A row holds exactly the
 * pair's names, dates and figures; the space's name and link only when the user may view it.
 */
public class PairsViews {

    static final String SUMMARY_TEMPLATE = "templates/coordinator/summary.vm";
    static final String TABLE_TEMPLATE = "templates/coordinator/pairs-table.vm";

    private static final Map<String, String> SUMMARY_LABELS = Map.ofEntries(
            Map.entry("pairs", "mentoring.coordinator.summary.pairs"),
            Map.entry("active", "mentoring.coordinator.summary.active"),
            Map.entry("onTrack", "mentoring.coordinator.summary.onTrack"),
            Map.entry("atRisk", "mentoring.coordinator.summary.atRisk"),
            Map.entry("stalled", "mentoring.coordinator.summary.stalled"),
            Map.entry("closed", "mentoring.coordinator.summary.closed"),
            Map.entry("closedGoalCompletion", "mentoring.coordinator.summary.closedGoalCompletion"),
            Map.entry("goalCompletion", "mentoring.coordinator.summary.goalCompletion"),
            Map.entry("meetingsLast30Days", "mentoring.coordinator.summary.meetingsLast30Days"),
            Map.entry("checklistCompletion", "mentoring.coordinator.summary.checklistCompletion"),
            Map.entry("agendaPrepared", "mentoring.coordinator.summary.agendaPrepared"),
            Map.entry("lateCancellations", "mentoring.coordinator.summary.lateCancellations"),
            Map.entry("actionItemsDone", "mentoring.coordinator.summary.actionItemsDone"),
            Map.entry("actionItemsOnTime", "mentoring.coordinator.summary.actionItemsOnTime"),
            Map.entry("feedbackMentee", "mentoring.coordinator.summary.feedbackMentee"),
            Map.entry("feedbackMentor", "mentoring.coordinator.summary.feedbackMentor"),
            Map.entry("pulseMentee", "mentoring.coordinator.summary.pulseMentee"),
            Map.entry("pulseMentor", "mentoring.coordinator.summary.pulseMentor"),
            Map.entry("suggestionsApplied", "mentoring.coordinator.summary.suggestionsApplied"),
            Map.entry("activitiesDone", "mentoring.coordinator.summary.activitiesDone"));
    private static final Map<PairSort, String> COLUMN_LABELS = Map.ofEntries(
            Map.entry(PairSort.SPACE, "mentoring.coordinator.column.space"),
            Map.entry(PairSort.MENTEE, "mentoring.coordinator.column.mentee"),
            Map.entry(PairSort.MENTOR, "mentoring.coordinator.column.mentor"),
            Map.entry(PairSort.START, "mentoring.coordinator.column.start"),
            Map.entry(PairSort.CADENCE, "mentoring.coordinator.column.cadence"),
            Map.entry(PairSort.GOALS, "mentoring.coordinator.column.goals"),
            Map.entry(PairSort.PROGRESS, "mentoring.coordinator.column.progress"),
            Map.entry(PairSort.CHECKLIST, "mentoring.coordinator.column.checklist"),
            Map.entry(PairSort.MEETINGS, "mentoring.coordinator.column.meetings"),
            Map.entry(PairSort.LAST_MEETING, "mentoring.coordinator.column.last.meeting"),
            Map.entry(PairSort.ADHERENCE, "mentoring.coordinator.column.adherence"),
            Map.entry(PairSort.STATUS, "mentoring.coordinator.column.status"));
    private static final Map<PairStatus, String> STATUS_LABELS = Map.of(
            PairStatus.ON_TRACK, "mentoring.coordinator.status.on-track",
            PairStatus.AT_RISK, "mentoring.coordinator.status.at-risk",
            PairStatus.STALLED, "mentoring.coordinator.status.stalled",
            PairStatus.INVITED, "mentoring.coordinator.status.invited",
            PairStatus.CLOSED, "mentoring.coordinator.status.closed",
            PairStatus.ENDED, "mentoring.coordinator.status.ended");
    private static final Map<Cadence, String> CADENCE_LABELS = Map.of(
            Cadence.WEEKLY, "mentoring.coordinator.cadence.weekly",
            Cadence.FORTNIGHTLY, "mentoring.coordinator.cadence.fortnightly",
            Cadence.MONTHLY, "mentoring.coordinator.cadence.monthly");

    /** The arrows of the sorted column, shown beside its label (its aria-sort says the order to screen readers). */
    static final String UP_ARROW = "\u25B2";
    static final String DOWN_ARROW = "\u25BC";

    private final I18nResolver i18n;
    private final TemplateRenderer renderer;
    private final UserFormats formats;

    public PairsViews(I18nResolver i18n, TemplateRenderer renderer, UserFormats formats) {
        this.i18n = i18n;
        this.renderer = renderer;
        this.formats = formats;
    }

    /**
     * The summary and the practice figures of all pairs, formatted: how the pairs prepare, cancel, carry
     * out action items, give feedback, apply suggestions and take part in activities.
     */
    public Map<String, Object> fullSummary(ProgrammeSummary summary) {
        Map<String, Object> model = summary(summary);
        PracticeFigures practice = summary.practice();
        model.put("agendaPrepared", percent(practice.agendaPreparedPercent()));
        model.put("lateCancellations", percent(practice.lateCancellationPercent()));
        model.put("actionItemsDone", i18n.getText("mentoring.coordinator.of.percent", number(practice.itemsDone()),
                number(practice.itemsTotal()), number(practice.itemsDonePercent())));
        model.put("actionItemsOnTime", percent(practice.itemsOnTimePercent()));
        model.put("feedbackMentee", percent(practice.feedbackPercent(FeedbackSide.MENTEE)));
        model.put("feedbackMentor", percent(practice.feedbackPercent(FeedbackSide.MENTOR)));
        model.put("pulseMentee", pulse(practice.averagePulse(FeedbackSide.MENTEE)));
        model.put("pulseMentor", pulse(practice.averagePulse(FeedbackSide.MENTOR)));
        model.put("suggestionsApplied", i18n.getText("mentoring.coordinator.of",
                number(practice.suggestionsApplied()), number(practice.suggestions())));
        model.put("activitiesDone", i18n.getText("mentoring.coordinator.of", number(practice.activitiesDone()),
                number(practice.activities())));
        return model;
    }

    /** An average pulse as {@code 4.3 / 5} in the user's locale; a dash without pulses. */
    private String pulse(String average) {
        return average == null ? i18n.getText("mentoring.coordinator.none")
                : i18n.getText("mentoring.coordinator.pulse", formats.tenths(average));
    }

    /** The overview's summary figures of a programme, formatted. */
    public Map<String, Object> summary(ProgrammeSummary summary) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pairs", number(summary.pairs()));
        model.put("active", number(summary.active()));
        model.put("onTrack", number(summary.onTrack()));
        model.put("atRisk", number(summary.atRisk()));
        model.put("stalled", number(summary.stalled()));
        model.put("closed", number(summary.closed()));
        model.put("closedGoalCompletion", percent(summary.closedGoalCompletionPercent()));
        model.put("goalCompletion", percent(summary.goalCompletionPercent()));
        model.put("meetingsLast30Days", number(summary.meetingsLast30Days()));
        model.put("checklistCompletion", percent(summary.checklistCompletionPercent()));
        return model;
    }

    /** One row of the table; {@code space} is the pair's space when the user may view it, else null. */
    public Map<String, Object> pair(PairRow row, Space space, String contextPath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceKey", row.spaceKey());
        model.put("spaceName", space == null ? null : space.getName());
        model.put("spaceUrl", space == null ? null : contextPath + space.getUrlPath());
        model.put("menteeName", text(row.menteeName()));
        model.put("mentorName", text(row.mentorName()));
        model.put("startDate", formats.date(row.startDate()));
        model.put("cadence", cadence(row.cadence()));
        model.put("goals", i18n.getText("mentoring.coordinator.of", number(row.goalsAchieved()),
                number(row.goalsTotal())));
        model.put("averageProgress", percent(row.averageProgress()));
        model.put("checklistPercent", percent(row.checklistPercent()));
        model.put("meetings", i18n.getText("mentoring.coordinator.of", number(row.meetingsHeld()),
                number(row.meetingsExpected())));
        model.put("lastMeeting", date(row.lastMeeting()));
        model.put("adherence", percent(row.adherencePercent()));
        model.put("status", status(row.status()));
        model.put("statusLozenge", lozenge(row.status()));
        model.put("closedOn", row.closedOn() == null ? null
                : i18n.getText("mentoring.coordinator.closed.on", formats.date(row.closedOn())));
        return model;
    }

    public List<Map<String, Object>> pairs(List<PairRow> rows, Map<String, Space> viewable, String contextPath) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (PairRow row : rows) {
            models.add(pair(row, viewable.get(row.spaceKey()), contextPath));
        }
        return models;
    }

    /**
     * The column headers in table order, each with its label, the sort it stands for, on the sorted
     * column the arrow of its order and, when {@code link} is given, the URL that sorts by it.
     */
    public List<Map<String, Object>> columns(PairSort current, boolean descending, Function<PairSort, String> link) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (PairSort sort : PairSort.values()) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("label", i18n.getText(COLUMN_LABELS.get(sort)));
            column.put("url", link == null ? null : link.apply(sort));
            column.put("ariaSort", sort != current ? "none" : descending ? "descending" : "ascending");
            column.put("arrow", sort != current ? null : descending ? DOWN_ARROW : UP_ARROW);
            columns.add(column);
        }
        return columns;
    }

    /** The summary as an HTML fragment: each figure of {@link #summary} with its label. */
    public String summaryHtml(Map<String, Object> summary) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, Object> figure : summary.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("label", summaryLabel(figure.getKey()));
            item.put("value", figure.getValue());
            figures.add(item);
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("figures", figures);
        return renderer.renderFragment(SUMMARY_TEMPLATE, context);
    }

    public String tableHtml(List<Map<String, Object>> columns, List<Map<String, Object>> pairs, String emptyText) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("columns", columns);
        context.put("pairs", pairs);
        context.put("empty", pairs.isEmpty());
        context.put("emptyText", emptyText);
        context.put("caption", i18n.getText("mentoring.coordinator.table.caption"));
        return renderer.renderFragment(TABLE_TEMPLATE, context);
    }

    /**
     * The programme's charts, in their own block: its pairs by status (a stacked bar), the meetings
     * held in each month of its life (bars) and the goals achieved by the end of each month (a line),
     * each with its figures as text. {@code onScreen} is false in exports and e-mail, where the figures
     * tables are shown open.
     */
    public String chartsHtml(ProgrammeReport report, boolean onScreen) {
        ProgrammeSummary summary = report.summary();
        List<Segment> statuses = List.of(
                new Segment(status(PairStatus.ON_TRACK), summary.onTrack(), ChartColours.ON_TRACK),
                new Segment(status(PairStatus.AT_RISK), summary.atRisk(), ChartColours.AT_RISK),
                new Segment(status(PairStatus.STALLED), summary.stalled(), ChartColours.STALLED),
                new Segment(status(PairStatus.INVITED), summary.invited(), ChartColours.INVITED),
                new Segment(status(PairStatus.CLOSED), summary.closed(), ChartColours.CLOSED),
                new Segment(status(PairStatus.ENDED), summary.pairs() - summary.active() - summary.closed(), ChartColours.ENDED));
        MonthlyCounts months = report.meetingsByMonth();
        Chart meetings = new Chart(i18n.getText("mentoring.chart.meetings.title"), i18n.getText("mentoring.chart.month"),
                months.months().stream().map(YearMonth::toString).toList(),
                List.of(Series.counts(i18n.getText("mentoring.chart.meetings.held"), ChartColours.HELD, months.counts())),
                i18n.getText("mentoring.chart.meetings.empty"), i18n.getText("mentoring.chart.figures"), !onScreen);
        MonthlyCounts achieved = report.goalsAchievedByMonth();
        Chart goals = new Chart(i18n.getText("mentoring.chart.goals.title"), i18n.getText("mentoring.chart.month"),
                achieved.months().stream().map(YearMonth::toString).toList(),
                List.of(Series.counts(i18n.getText("mentoring.chart.goals.achieved"), ChartColours.ACHIEVED, achieved.counts())),
                i18n.getText("mentoring.chart.goals.empty"), i18n.getText("mentoring.chart.figures"), !onScreen);
        String id = "mentoring-programme-" + report.programme().key();
        return "<div class=\"mentoring-charts\">"
                + Charts.stackedBar(id + "-status", i18n.getText("mentoring.chart.status.title"), statuses,
                        i18n.getText("mentoring.chart.status.empty"))
                + Charts.bars(id + "-meetings", meetings) + Charts.lines(id + "-goals", goals, 0) + "</div>";
    }

    /** The label of a figure of {@link #summary}. */
    public String summaryLabel(String figure) {
        return i18n.getText(SUMMARY_LABELS.get(figure));
    }

    public String status(PairStatus status) {
        return i18n.getText(STATUS_LABELS.get(status));
    }

    public String cadence(Cadence cadence) {
        return i18n.getText(CADENCE_LABELS.get(cadence));
    }

    /** A count or figure in the user's locale. */
    public String number(long value) {
        return formats.number(value);
    }

    private String percent(int value) {
        return i18n.getText("mentoring.coordinator.percent", number(value));
    }

    private String date(LocalDate date) {
        return date == null ? i18n.getText("mentoring.coordinator.none") : formats.date(date);
    }

    private String text(String value) {
        return value == null || value.isBlank() ? i18n.getText("mentoring.coordinator.none") : value;
    }

    /** The AUI lozenge classes of a status. */
    static String lozenge(PairStatus status) {
        return switch (status) {
            case ON_TRACK -> "aui-lozenge aui-lozenge-success";
            case AT_RISK -> "aui-lozenge aui-lozenge-moved";
            case STALLED -> "aui-lozenge aui-lozenge-error";
            case INVITED -> "aui-lozenge aui-lozenge-complete";
            case CLOSED -> "aui-lozenge aui-lozenge-new";
            case ENDED -> "aui-lozenge";
        };
    }
}
