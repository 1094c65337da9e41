package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.FeedbackService;
import io.mentoringspaces.view.FeedbackLogView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code mentoring-feedback-log}: the Feedback log page's live view of both sides' feedback across
 * the plan's meetings, newest first, read from what the index keeps of the meeting pages' feedback
 * macros (see {@link FeedbackLogView} for who sees what). No parameters.
 */
public class FeedbackLogMacro extends PlanMacro {

    private final FeedbackService feedback;
    private final FeedbackLogView view;

    public FeedbackLogMacro(MacroSupport support, ViewSupport views, MacroData data, FeedbackService feedback,
            FeedbackLogView view) {
        super(support, views, data);
        this.feedback = feedback;
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Map<Long, MeetingLink> meetings = data.meetings(context, plan.id()).stream()
                .collect(Collectors.toMap(MeetingLink::pageId, Function.identity()));
        if (viewer.interactive()) {
            support.requireResource("macro-feedback-log");
        }
        return view.render(feedback.planFeedback(plan.id()), meetings, viewer);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
