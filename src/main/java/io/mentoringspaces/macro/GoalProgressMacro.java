package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.view.GoalStateView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mentoring-goal-progress}: the progress of one goal of the space's growth plan (by key) or of
 * all its goals, for meeting pages. Progress recorded here is linked to the page.
 */
public class GoalProgressMacro extends PlanMacro {

    private final GoalStateView state;

    public GoalProgressMacro(MacroSupport support, ViewSupport views, MacroData data, GoalStateView state) {
        super(support, views, data);
        this.state = state;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        String goalKey = MacroParameters.token(parameters, "goalKey");
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        List<GoalProgress> shown = data.goals(context, plan.id()).stream()
                .filter(progress -> goalKey == null || progress.goal().goalKey().equals(goalKey))
                .toList();
        if (shown.isEmpty()) {
            if (goalKey != null) {
                throw new NotFoundException("goalKey", "mentoring.error.goal.unknown");
            }
            return views.message("info", views.text("mentoring.macro.goals.none"));
        }
        List<Map<String, Object>> goals = new ArrayList<>();
        for (GoalProgress progress : shown) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("title", progress.goal().title());
            goal.put("stateHtml", state.render(progress, plan, viewer));
            goals.add(goal);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("goals", goals);
        model.put("interactive", viewer.interactive());
        if (viewer.interactive()) {
            support.requireResource("macro-goal-progress");
        }
        return views.render("templates/macro/goal-progress.vm", model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
