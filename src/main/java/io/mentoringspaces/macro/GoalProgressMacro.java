package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mentoring-goal-progress}: the progress of one goal of the space's growth plan (by key) or of
 * all its goals, for meeting pages. Progress recorded here is linked to the page.
 */
public class GoalProgressMacro implements Macro {

    private final MacroSupport support;
    private final MacroData data;
    private final GoalStateView state;

    public GoalProgressMacro(MacroSupport support, MacroData data, GoalStateView state) {
        this.support = support;
        this.data = data;
        this.state = state;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            MacroSupport.Placement placement = support.placement(context);
            Viewer viewer = placement.viewer();
            if (!placement.canView()) {
                return support.refusal(viewer);
            }
            String goalKey = MacroParameters.token(parameters, "goalKey");
            GrowthPlan plan = data.plan(context, placement.spaceKey());
            List<GoalProgress> shown = data.goals(context, plan.id()).stream()
                    .filter(progress -> goalKey == null || progress.goal().goalKey().equals(goalKey))
                    .toList();
            if (shown.isEmpty()) {
                if (goalKey != null) {
                    throw new NotFoundException("goalKey", "mentoring.error.goal.unknown");
                }
                return support.message("info", support.text("mentoring.macro.goals.none"));
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
            return support.render("templates/macro/goal-progress.vm", model);
        } catch (MentoringException e) {
            return support.error(e);
        }
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
