package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.view.ActionItemsView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.List;
import java.util.Map;

/**
 * {@code mentoring-action-items}: on a meeting page, the open action items (Confluence tasks) of the
 * plan's earlier meetings, never this page's or later ones, each once, oldest meeting first; ticking one
 * completes the task in its page. On any other page it says where it belongs. One statement beyond the
 * plan and its meetings, shared with the page's feedback macros ({@link MacroData#pageItems}).
 */
public class ActionItemsMacro extends PlanMacro {

    private final ActionItemsView view;

    public ActionItemsMacro(MacroSupport support, ViewSupport views, MacroData data, ActionItemsView view) {
        super(support, views, data);
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        List<MeetingLink> meetings = data.meetings(context, plan.id());
        if (meetings.stream().noneMatch(link -> link.pageId() == viewer.pageId() && !link.trashed())) {
            return views.message("info", views.text("mentoring.macro.action.items.not.meeting"));
        }
        if (viewer.interactive()) {
            support.requireResource("macro-action-items");
        }
        return view.render(view.visible(data.pageItems(context, plan.id(), viewer.pageId()).carried(), plan, viewer.user()), viewer);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
