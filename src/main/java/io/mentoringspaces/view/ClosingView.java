package io.mentoringspaces.view;

import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The closing of a mentorship, on its closing review page: what the pair achieved (the goals achieved,
 * live from the goal index, and the meetings held), whether and when it was closed, and for the pair in
 * view mode the button that closes it (while active) or reopens it (once closed). Shared by the closing
 * macro and by the REST API, which answers a change with this fragment re-rendered.
 */
public class ClosingView {

    private static final String TEMPLATE = "templates/macro/closing.vm";

    private final ViewSupport support;

    public ClosingView(ViewSupport support) {
        this.support = support;
    }

    /** The fragment of {@code plan} with its current goals, for {@code viewer} on the page {@code viewer.pageId()}. */
    public String render(GrowthPlan plan, List<Goal> goals, Viewer viewer) {
        boolean pair = viewer.interactive() && (viewer.isMenteeOf(plan) || viewer.isMentorOf(plan));
        LocalDate day = plan.figuresDay(support.today());
        long held = plan.heldDates().stream().filter(date -> !date.isAfter(day)).count();
        List<String> achieved = goals.stream().filter(goal -> goal.status() == GoalStatus.ACHIEVED).map(Goal::title).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", "mentoring-closing-" + plan.spaceKey().toLowerCase(Locale.ROOT));
        model.put("restPath", ViewSupport.REST_PATH + "/pages/" + viewer.pageId() + "/mentorship");
        model.put("summary", support.text("mentoring.closing.summary", achieved.size(), goals.size(), held,
                support.date(plan.startDate())));
        model.put("achieved", achieved);
        model.put("noneAchieved", support.text("mentoring.closing.achieved.none"));
        Closure closure = plan.closure();
        model.put("closed", closure == null ? null
                : support.text("mentoring.closing.closed", support.date(closure.closedOn()), support.userName(closure.closedBy())));
        model.put("close", pair && plan.status() == PlanStatus.ACTIVE && viewer.pageId() > 0);
        model.put("reopen", pair && closure != null);
        model.put("invited", pair && plan.status() == PlanStatus.INVITED ? support.text("mentoring.closing.invited") : null);
        Map<String, String> text = new LinkedHashMap<>();
        text.put("close", support.text("mentoring.closing.close"));
        text.put("closeHint", support.text("mentoring.closing.close.hint"));
        text.put("reopen", support.text("mentoring.closing.reopen"));
        text.put("reopenHint", support.text("mentoring.closing.reopen.hint"));
        model.put("text", text);
        return support.render(TEMPLATE, model);
    }
}
