package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.view.MeetingStateView;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mentoring-meeting}: the record of one meeting on its page. Its rich-text body holds the
 * session's aims (the page index notes when they were first saved); below them the meeting's state,
 * which the plan's mentee or mentor sets from view mode. On a page that is not a linked meeting of
 * the space's plan (a preview of a new page, say) it shows the aims and a note instead of the state.
 */
public class MeetingMacro extends PlanMacro {

    private final MeetingStateView state;

    public MeetingMacro(MacroSupport support, ViewSupport views, MacroData data, MeetingStateView state) {
        super(support, views, data);
        this.state = state;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        GrowthPlan plan = data.plan(context, placement.spaceKey());
        Optional<MeetingLink> link = data.meetings(context, plan.id()).stream()
                .filter(meeting -> meeting.pageId() == viewer.pageId() && viewer.pageId() > 0 && !meeting.trashed())
                .findFirst();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("aimsHtml", body == null || body.isBlank() ? null : body);
        model.put("stateHtml", link.isPresent() ? state.render(link.get(), plan, viewer)
                : views.message("info", views.text("mentoring.macro.meeting.unlinked")));
        model.put("text", Map.of("noAims", views.text("mentoring.macro.meeting.no.aims")));
        model.put("interactive", viewer.interactive());
        String userKey = viewer.user() == null ? null : viewer.user().getKey().getStringValue();
        if (viewer.interactive() && link.isPresent() && !state.nextStates(link.get(), plan, userKey).isEmpty()) {
            support.requireResource("macro-meeting");
        }
        return views.render("templates/macro/meeting.vm", model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }
}
