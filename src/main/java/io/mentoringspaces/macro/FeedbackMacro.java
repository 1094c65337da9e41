package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.storage.MacroNames;
import io.mentoringspaces.view.FeedbackView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-feedback}: one side's feedback on a meeting, on the meeting page. Parameter
 * {@code side}: {@code mentee} (the mentee's feedback to the mentor) or {@code mentor} (the mentor's
 * suggestions to the mentee). Its rich-text body is what that side writes, and stays in the page;
 * below it, the session's pulse that side gives from view mode and, on the mentor's side, the
 * suggestions (the body's list items) with the mentee's marks. On a page that is not a meeting of the
 * plan (a preview, say), the body is shown with a note instead.
 */
public class FeedbackMacro extends PlanMacro {

    private final FeedbackView view;

    public FeedbackMacro(MacroSupport support, ViewSupport views, MacroData data, FeedbackView view) {
        super(support, views, data);
        this.view = view;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        FeedbackSide side = side(parameters);
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Optional<MeetingLink> meeting = viewer.pageId() > 0 ? data.meetings(context, plan.id()).stream()
                .filter(link -> link.pageId() == viewer.pageId() && !link.trashed()).findFirst() : Optional.empty();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("side", side.parameter());
        model.put("heading", views.text(FeedbackView.headingKey(side)));
        model.put("bodyHtml", body == null || body.isBlank() ? null : body);
        if (meeting.isPresent()) {
            model.put("recordHtml", view.render(plan, side, meeting.get().pulse(side),
                    meeting.get().state() == MeetingState.CANCELLED,
                    data.pageItems(context, plan.id(), viewer.pageId()).suggestions(), viewer));
        } else {
            model.put("recordHtml", views.message("info", views.text("mentoring.macro.feedback.not.meeting")));
        }
        model.put("interactive", viewer.interactive());
        if (viewer.interactive()) {
            support.requireResource("macro-feedback");
        }
        return views.render("templates/macro/feedback.vm", model);
    }

    /** The {@code side} parameter: {@code mentee} or {@code mentor}; refused when missing or anything else. */
    private static FeedbackSide side(Map<String, String> parameters) {
        String text = MacroParameters.required(parameters, MacroNames.SIDE, 16);
        FeedbackSide side = FeedbackSide.fromParameter(text);
        if (side == null) {
            throw new InvalidInputException(MacroNames.SIDE, "mentoring.error.value.allowed", String.join(", ", FeedbackSide.parameters()));
        }
        return side;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
