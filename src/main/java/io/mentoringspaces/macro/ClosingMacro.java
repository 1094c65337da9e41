package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.view.ClosingView;
import io.mentoringspaces.view.ViewSupport;
import java.util.Map;

/**
 * {@code mentoring-closing}: the closing of the mentorship ({@link ClosingView}) on the closing review page
 * the Closing review blueprint makes: the goals achieved and the meetings held, and for the pair the
 * button that closes the mentorship from this page, or reopens it.
 */
public class ClosingMacro extends PlanMacro {

    private final ClosingView view;

    public ClosingMacro(MacroSupport support, ViewSupport views, MacroData data, ClosingView view) {
        super(support, views, data);
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        if (placement.viewer().interactive()) {
            support.requireResource("macro-closing");
        }
        return view.render(plan, data.goals(context, plan.id()).stream().map(GoalProgress::goal).toList(), placement.viewer());
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
