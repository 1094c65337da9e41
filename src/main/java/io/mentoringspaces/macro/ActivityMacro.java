package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityKind;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.ActivityService;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.storage.MacroNames;
import io.mentoringspaces.view.ActivityView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mentoring-activity}: a development activity on the growth-plan page (a course, a project with
 * the mentor, an event), linked to a goal, with the status the pair gives it from view mode. Its words
 * are the macro's own; its status comes from the index, which keys activities as checklist items are:
 * the n-th activity macro with a title shows the n-th stored activity with that title. The plan's
 * activities are read once per page.
 */
public class ActivityMacro extends PlanMacro {

    private final ActivityService activities;
    private final ActivityView view;

    public ActivityMacro(MacroSupport support, ViewSupport views, MacroData data, ActivityService activities, ActivityView view) {
        super(support, views, data);
        this.activities = activities;
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        String title = MacroParameters.required(parameters, MacroNames.TITLE, Limits.ACTIVITY_TITLE);
        String kindText = MacroParameters.optional(parameters, MacroNames.KIND, Limits.PARAMETER);
        ActivityKind kind = kindText == null ? ActivityKind.OTHER : ActivityKind.fromParameter(kindText);
        if (kind == null) {
            throw new InvalidInputException(MacroNames.KIND, "mentoring.macro.error.activity.kind", new FieldName(MacroNames.KIND));
        }
        String goalKey = MacroParameters.token(parameters, MacroNames.GOAL_KEY);
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        List<Activity> stored = ConversionContextCache.get(context, "activities:" + plan.id(), () -> activities.activities(plan.id()));
        Map<String, Integer> seen = ConversionContextCache.get(context, "activities-seen:" + plan.id(), HashMap::new);
        int occurrence = seen.merge(title, 1, Integer::sum);
        Activity indexed = stored.stream().filter(activity -> activity.title().equals(title)).skip(occurrence - 1L).findFirst()
                .orElse(null);
        Activity shown = indexed != null ? indexed
                : new Activity("-", title, kind, goalKey, 0, ActivityStatus.PLANNED, null, null);
        if (viewer.interactive() && indexed != null) {
            support.requireResource("macro-activity");
        }
        return view.render(plan, shown, indexed != null, goalTitle(data.goals(context, plan.id()), shown.goalKey()), viewer);
    }

    /** The title of the plan's goal with that key, or null. */
    static String goalTitle(List<GoalProgress> goals, String goalKey) {
        return goalKey == null ? null : goals.stream()
                .filter(progress -> progress.goal().goalKey().equals(goalKey))
                .map(progress -> progress.goal().title())
                .findFirst()
                .orElse(null);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
