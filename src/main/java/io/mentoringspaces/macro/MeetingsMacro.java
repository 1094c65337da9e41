package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.view.CoordinatorNotice;
import io.mentoringspaces.view.MeetingsView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.Map;

/**
 * {@code mentoring-meetings}: the timeline of the meeting pages linked to the space's growth plan,
 * with meetings held against the agreed cadence, days since the last one, the next one due and a
 * stalled flag; above it, who besides the pair can read the space ({@link CoordinatorNotice}).
 */
public class MeetingsMacro extends PlanMacro {

    private final MeetingsView view;
    private final CoordinatorNotice notice;

    public MeetingsMacro(MacroSupport support, ViewSupport views, MacroData data, MeetingsView view, CoordinatorNotice notice) {
        super(support, views, data);
        this.view = view;
        this.notice = notice;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        if (viewer.interactive()) {
            support.requireResource("macro-meetings");
        }
        return view.render(plan, data.meetings(context, plan.id()), viewer,
                notice.inSpace(plan, programmeId -> data.programme(context, programmeId)));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
