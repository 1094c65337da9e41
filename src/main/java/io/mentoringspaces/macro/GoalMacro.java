package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.view.GoalStateView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-goal}: one goal of the growth plan as a card. Its words (title, measurable target,
 * evaluation points, due date, status; the body: the steps) are the macro's own; its progress, latest
 * updates and the mentor's agreement come from the goal index.
 */
public class GoalMacro extends PlanMacro {

    private final GoalStateView state;

    public GoalMacro(MacroSupport support, ViewSupport views, MacroData data, GoalStateView state) {
        super(support, views, data);
        this.state = state;
    }

    /** The macro's parameters; the goal key is derived from the title when the macro has none. */
    record Parameters(String goalKey, String title, String target, String evaluation, LocalDate dueDate, GoalStatus status) {

        static Parameters parse(Map<String, String> parameters) {
            String title = MacroParameters.required(parameters, "title", Limits.GOAL_TITLE);
            String key = MacroParameters.token(parameters, "goalKey");
            String target = MacroParameters.optional(parameters, "target", Limits.GOAL_TARGET);
            String evaluation = MacroParameters.optional(parameters, "evaluation", Limits.EVALUATION);
            LocalDate due = MacroParameters.date(parameters, "dueDate");
            String statusText = MacroParameters.optional(parameters, "status", Limits.PARAMETER);
            GoalStatus status = statusText == null ? GoalStatus.NOT_STARTED : GoalStatus.parse(statusText);
            if (status == null) {
                throw new InvalidInputException("status", "mentoring.macro.error.status", new FieldName("status"));
            }
            return new Parameters(key == null ? GoalKeys.fromTitle(title) : key, title, target, evaluation, due, status);
        }

        /** The goal as the macro defines it, before the goal index knows it. */
        Goal asGoal(int planId) {
            return new Goal(0, planId, goalKey, title, target, dueDate, status, 0, 0, false, null);
        }
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        Parameters goal = Parameters.parse(parameters);
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Optional<GoalProgress> indexed = data.goals(context, plan.id()).stream()
                .filter(progress -> progress.goal().goalKey().equals(goal.goalKey()))
                .findFirst();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", goal.title());
        model.put("target", goal.target());
        model.put("evaluation", goal.evaluation());
        model.put("bodyHtml", body == null || body.isBlank() ? null : body);
        model.put("noticeHtml", indexed.isPresent() ? null
                : views.message("info", views.text("mentoring.macro.goal.not.indexed")));
        model.put("stateHtml", indexed.isPresent() ? state.render(indexed.get(), plan, viewer)
                : state.render(new GoalProgress(goal.asGoal(plan.id()), List.of(), null), plan, viewer.readOnly()));
        model.put("text", Map.of(
                "target", views.text("mentoring.macro.goal.target"),
                "evaluation", views.text("mentoring.macro.goal.evaluation"),
                "steps", views.text("mentoring.macro.goal.steps")));
        model.put("interactive", viewer.interactive());
        if (viewer.interactive()) {
            support.requireResource("macro-goal");
        }
        return views.render("templates/macro/goal.vm", model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
