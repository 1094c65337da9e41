package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.MentoringException;
import java.util.Map;

/**
 * {@code mentoring-meetings}: the timeline of the meeting pages linked to the space's growth plan,
 * with meetings held against the agreed cadence, days since the last one, the next one due and a
 * stalled flag.
 */
public class MeetingsMacro implements Macro {

    private final MacroSupport support;
    private final MacroData data;
    private final MeetingsView view;

    public MeetingsMacro(MacroSupport support, MacroData data, MeetingsView view) {
        this.support = support;
        this.data = data;
        this.view = view;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            MacroSupport.Placement placement = support.placement(context);
            Viewer viewer = placement.viewer();
            if (!placement.canView()) {
                return support.refusal(viewer);
            }
            GrowthPlan plan = data.plan(context, placement.spaceKey());
            if (viewer.interactive()) {
                support.requireResource("macro-meetings");
            }
            return view.render(plan, data.meetings(context, plan.id()), viewer);
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
