package io.mentoringspaces.view;

import com.atlassian.confluence.pages.AbstractPage;
import io.mentoringspaces.model.AgreementState;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MentorAgreement;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.view.chart.Chart;
import io.mentoringspaces.view.chart.ChartColours;
import io.mentoringspaces.view.chart.Charts;
import io.mentoringspaces.view.chart.Series;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of a goal that changes from view mode: status, due date, progress bar, the mentor's
 * agreement, the latest progress updates and, for users who may change them, the controls to record
 * progress and to agree. Shared by the goal and goal-progress macros and by the REST API, which
 * answers a change with this fragment re-rendered.
 */
public class GoalStateView {

    /** Progress updates listed per goal. */
    public static final int HISTORY = 3;
    /** Progress updates read per goal: the latest ones drawn as the goal's sparkline, the first {@value #HISTORY} listed too. */
    public static final int LOADED = 12;

    private static final String TEMPLATE = "templates/macro/goal-state.vm";

    private final ViewSupport support;
    private final AccessService access;

    public GoalStateView(ViewSupport support, AccessService access) {
        this.support = support;
        this.access = access;
    }

    /** The wire name of a status: lower case, words joined by hyphens ({@code in-progress}). */
    public static String statusName(GoalStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The wire name of an agreement state: {@code not-agreed}, {@code agreed} or {@code target-changed}. */
    public static String agreementName(AgreementState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Progress as shown and counted in the plan's figures: an achieved goal counts 100. */
    public static int shownPercent(Goal goal) {
        return goal.status() == GoalStatus.ACHIEVED ? 100 : goal.progressPercent();
    }

    public String render(GoalProgress progress, GrowthPlan plan, Viewer viewer) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("goal", goal(progress, plan, viewer));
        model.put("text", texts());
        model.put("interactive", viewer.interactive());
        model.put("sparklineHtml", sparkline(progress.goal().goalKey(), progress.recentUpdates()));
        return support.render(TEMPLATE, model);
    }

    /**
     * The goal's latest progress, oldest first, as a sparkline with its figures beside it; null before
     * the first update. Shows figures and dates only, which every viewer of the card may see.
     */
    private String sparkline(String goalKey, List<ProgressUpdate> newestFirst) {
        if (newestFirst.isEmpty()) {
            return null;
        }
        List<ProgressUpdate> updates = new ArrayList<>(newestFirst);
        Collections.reverse(updates);
        List<Integer> values = updates.stream().map(ProgressUpdate::progressPercent).toList();
        Series series = new Series(support.text("mentoring.chart.goal.progress"), ChartColours.PROGRESS, values,
                values.stream().map(v -> support.text("mentoring.macro.percent", v)).toList());
        return Charts.sparkline("mentoring-goal-" + goalKey + "-progress", new Chart(support.text("mentoring.chart.goal.title"), support.text("mentoring.chart.date"),
                updates.stream().map(u -> support.date(u.createdAt())).toList(), List.of(series), "", "", false));
    }

    private Map<String, Object> goal(GoalProgress progress, GrowthPlan plan, Viewer viewer) {
        Goal goal = progress.goal();
        int percent = shownPercent(goal);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("key", goal.goalKey());
        model.put("status", statusName(goal.status()));
        model.put("statusLabel", statusLabel(goal.status()));
        model.put("statusClass", lozenge(goal.status()));
        model.put("percent", percent);
        model.put("percentLabel", support.text("mentoring.macro.percent", percent));
        model.put("dueDate", goal.dueDate() == null ? null
                : support.text("mentoring.macro.goal.due", support.date(goal.dueDate())));
        model.put("overdue", goal.dueDate() != null && support.today().isAfter(goal.dueDate())
                && goal.status() != GoalStatus.ACHIEVED && goal.status() != GoalStatus.DROPPED);
        AgreementState agreement = progress.agreementState();
        model.put("agreement", agreementName(agreement));
        model.put("agreementText", agreementText(agreement, progress.latestAgreement()));
        List<ProgressUpdate> listed = progress.recentUpdates().subList(0, Math.min(HISTORY, progress.recentUpdates().size()));
        model.put("history", history(listed, viewer));
        model.put("hasHistory", !progress.recentUpdates().isEmpty());
        boolean mayChange = viewer.mayChange() && plan.changeable();
        model.put("canRecord", mayChange);
        model.put("canAgree", mayChange && viewer.isMentorOf(plan) && agreement != AgreementState.AGREED);
        model.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/goals/" + goal.goalKey());
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (GoalStatus status : GoalStatus.values()) {
            statuses.add(Map.of("value", statusName(status),
                    "label", statusLabel(status),
                    "selected", status == goal.status()));
        }
        model.put("statuses", statuses);
        return model;
    }

    private String agreementText(AgreementState state, MentorAgreement agreement) {
        return switch (state) {
            case NOT_AGREED -> support.text("mentoring.macro.goal.agreement.none");
            case AGREED -> support.text("mentoring.macro.goal.agreement.agreed", support.userName(agreement.mentorKey()),
                    support.date(agreement.agreedAt()));
            case TARGET_CHANGED -> support.text("mentoring.macro.goal.agreement.changed",
                    support.userName(agreement.mentorKey()), support.date(agreement.agreedAt()));
        };
    }

    /**
     * The latest updates. An update recorded on a meeting page the viewer may not view (or that no
     * longer exists) shows its figures only: no note, no author, no meeting, and a text saying where
     * it was recorded, because what people write follows the visibility of the page they wrote it on.
     */
    private List<Map<String, Object>> history(List<ProgressUpdate> updates, Viewer viewer) {
        List<Map<String, Object>> history = new ArrayList<>();
        for (ProgressUpdate update : updates) {
            AbstractPage meeting = update.meetingPageId() > 0 ? access.viewablePage(viewer.user(), update.meetingPageId()) : null;
            boolean restricted = update.meetingPageId() > 0 && meeting == null;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", support.date(update.createdAt()));
            entry.put("percentLabel", support.text("mentoring.macro.percent", update.progressPercent()));
            entry.put("statusLabel", statusLabel(update.status()));
            entry.put("restricted", restricted);
            entry.put("who", restricted ? null : support.userName(update.authorKey()));
            entry.put("note", restricted ? null : update.note());
            entry.put("meetingTitle", meeting == null ? null : meeting.getTitle());
            entry.put("meetingUrl", meeting == null ? null : support.pageUrl(meeting.getId()));
            history.add(entry);
        }
        return history;
    }

    /** The status in the user's language. */
    public String statusLabel(GoalStatus status) {
        return support.text(switch (status) {
            case NOT_STARTED -> "mentoring.macro.status.not-started";
            case IN_PROGRESS -> "mentoring.macro.status.in-progress";
            case ACHIEVED -> "mentoring.macro.status.achieved";
            case DROPPED -> "mentoring.macro.status.dropped";
        });
    }

    private static String lozenge(GoalStatus status) {
        return switch (status) {
            case NOT_STARTED -> null;
            case IN_PROGRESS -> "aui-lozenge-current";
            case ACHIEVED -> "aui-lozenge-success";
            case DROPPED -> "aui-lozenge-moved";
        };
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("overdue", support.text("mentoring.macro.goal.overdue"));
        text.put("progress", support.text("mentoring.macro.goal.progress"));
        text.put("history", support.text("mentoring.macro.goal.history"));
        text.put("historyNone", support.text("mentoring.macro.goal.history.none"));
        text.put("madeIn", support.text("mentoring.macro.goal.history.meeting"));
        text.put("restricted", support.text("mentoring.macro.goal.history.restricted"));
        text.put("agree", support.text("mentoring.macro.goal.agree"));
        text.put("record", support.text("mentoring.macro.goal.record"));
        text.put("percent", support.text("mentoring.macro.goal.form.percent"));
        text.put("status", support.text("mentoring.macro.goal.form.status"));
        text.put("note", support.text("mentoring.macro.goal.form.note"));
        text.put("save", support.text("mentoring.macro.form.save"));
        text.put("cancel", support.text("mentoring.macro.form.cancel"));
        return text;
    }
}
