package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.view.InvitationView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.Map;

/**
 * {@code mentoring-invitation}: the banner of a pair whose mentor is invited ({@link InvitationView}), at
 * the top of the space's home page, where the mentor's invitation leads. It shows only to the pair, in
 * view mode, while the plan is invited; for everybody else, and once the mentor accepted, it is empty.
 */
public class InvitationMacro extends PlanMacro {

    private final InvitationView view;

    public InvitationMacro(MacroSupport support, ViewSupport views, MacroData data, InvitationView view) {
        super(support, views, data);
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        String html = view.render(plan, viewer);
        if (!html.isEmpty()) {
            support.requireResource("macro-invitation");
        }
        return html;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
