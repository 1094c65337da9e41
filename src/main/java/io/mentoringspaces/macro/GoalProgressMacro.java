package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.index.MeetingPages;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalAtMeeting;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.GoalStateView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-goal-progress}: the progress of one goal of the space's growth plan (by key) or of
 * all its goals, for meeting pages. Progress recorded here is linked to the page.
 *
 * <p>A meeting page is a record: on the page (labelled as a meeting) of a meeting whose date has passed and after which
 * the plan has a later meeting, each goal is shown as
 * it stood at that meeting (the updates recorded up to the end of its day), read-only, with the goal's
 * current status and progress as a hint below. Other pages, today's meeting and upcoming ones show the
 * goals live.
 */
public class GoalProgressMacro extends PlanMacro {

    private final GoalStateView state;
    private final GoalService goalService;

    public GoalProgressMacro(MacroSupport support, ViewSupport views, MacroData data, GoalStateView state, GoalService goalService) {
        super(support, views, data);
        this.state = state;
        this.goalService = goalService;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        String goalKey = MacroParameters.token(parameters, "goalKey");
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Optional<LocalDate> past = context.getEntity() == null || !MeetingPages.isMeeting(context.getEntity()) ? Optional.empty()
                : recorded(data.meetings(context, plan.id()), viewer.pageId());
        List<Map<String, Object>> goals = past.isPresent() ? record(plan, goalKey, past.get(), context, viewer)
                : live(plan, goalKey, context, viewer);
        if (goals.isEmpty()) {
            if (goalKey != null) {
                throw new NotFoundException("goalKey", "mentoring.error.goal.unknown");
            }
            return views.message("info", views.text("mentoring.macro.goals.none"));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("goals", goals);
        past.ifPresent(date -> model.put("asAt", views.text("mentoring.macro.goal.progress.as.at", views.date(date))));
        model.put("interactive", viewer.interactive());
        if (viewer.interactive()) {
            support.requireResource("macro-goal-progress");
        }
        return views.render("templates/macro/goal-progress.vm", model);
    }

    /**
     * The date of the page's meeting when the page is a record: its day has passed and a later meeting
     * of the plan exists. The latest meeting stays live, so that the pair can still record the progress
     * of a meeting they write up after its day.
     */
    private Optional<LocalDate> recorded(List<MeetingLink> meetings, long pageId) {
        Optional<LocalDate> date = meetings.stream()
                .filter(link -> link.pageId() == pageId && !link.trashed())
                .map(MeetingLink::effectiveDate)
                .filter(day -> day.isBefore(views.today()))
                .findFirst();
        return date.filter(day -> meetings.stream().anyMatch(link -> !link.trashed() && link.effectiveDate().isAfter(day)));
    }

    /** The goals (all, or the one of {@code goalKey}) as they are now. */
    private List<Map<String, Object>> live(GrowthPlan plan, String goalKey, ConversionContext context, Viewer viewer) {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalProgress progress : data.goals(context, plan.id())) {
            if (goalKey == null || progress.goal().goalKey().equals(goalKey)) {
                Map<String, Object> goal = new LinkedHashMap<>();
                goal.put("title", progress.goal().title());
                goal.put("stateHtml", state.render(progress, plan, viewer));
                goals.add(goal);
            }
        }
        return goals;
    }

    /** The goals as they stood at the meeting of {@code date}, read-only, each with its current state as a hint. */
    private List<Map<String, Object>> record(GrowthPlan plan, String goalKey, LocalDate date, ConversionContext context,
            Viewer viewer) {
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalAtMeeting goal : ConversionContextCache.get(context, "goals-at:" + plan.id() + ":" + date,
                () -> goalService.goalsAtMeeting(plan.id(), date, GoalStateView.LOADED))) {
            Goal now = goal.now().goal();
            if (goalKey == null || now.goalKey().equals(goalKey)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", now.title());
                item.put("stateHtml", state.render(goal.then(), plan, viewer.readOnly()));
                item.put("hint", views.text("mentoring.macro.goal.progress.now",
                        views.text("mentoring.macro.percent", GoalStateView.shownPercent(now)), state.statusLabel(now.status())));
                goals.add(item);
            }
        }
        return goals;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
