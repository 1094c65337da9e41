package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.view.ViewSupport;
import io.mentoringspaces.view.Viewer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code mentoring-new-meeting}: the button that opens Confluence's Create dialog on the Mentoring
 * meeting blueprint with the space's Meetings page as the new page's parent, wherever the button is
 * (the space's home page above all, where Confluence's Create-from-template button would make the page
 * a child of the home page: that macro takes no parent). Its script asks the create-content plugin for
 * the Create dialog's items of the space to find the blueprint's id, and opens the dialog with
 * {@code Confluence.Blueprint.loadDialogAndOpenTemplate}, the parent in the dialog's initial context.
 * When the app does not know the space's Meetings page (spaces created before it was recorded) or it
 * is gone, the parent is the page the button is on, as with Confluence's button. Like Confluence's
 * button it shows only to users who may add pages to the space, and only where scripts run.
 *
 * <p>Beside it, for the mentee and the mentor of an active plan, a second button opens the Create dialog on
 * the Closing review blueprint, below the page the button is on: the closing review page is where the pair
 * closes the mentorship. A closed mentorship shows neither button.
 */
public class NewMeetingMacro extends PlanMacro {

    static final String TEMPLATE = "templates/macro/new-meeting.vm";

    private final AccessService access;
    private final PageManager pageManager;
    private final TemplateRenderer renderer;

    public NewMeetingMacro(MacroSupport support, ViewSupport views, MacroData data, AccessService access, PageManager pageManager,
            TemplateRenderer renderer) {
        super(support, views, data);
        this.access = access;
        this.pageManager = pageManager;
        this.renderer = renderer;
    }

    @Override
    protected String render(Map<String, String> parameters, String body, ConversionContext context,
            MacroSupport.Placement placement) {
        Viewer viewer = placement.viewer();
        String spaceKey = placement.spaceKey();
        if (!viewer.interactive() || viewer.user() == null || !access.canAddPages(viewer.user(), spaceKey)) {
            return "";
        }
        GrowthPlan plan = data.plan(context, spaceKey);
        if (plan.status() == PlanStatus.CLOSED) {
            return "";
        }
        support.requireResource("macro-new-meeting");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("label", views.text("mentoring.blueprint.create.meeting"));
        model.put("spaceKey", spaceKey);
        model.put("blueprintKey", BlueprintKeys.MEETING_BLUEPRINT);
        model.put("parentPageId", Long.toString(parent(plan, viewer)));
        boolean closing = plan.status() == PlanStatus.ACTIVE && (viewer.isMenteeOf(plan) || viewer.isMentorOf(plan));
        model.put("closingLabel", closing ? views.text("mentoring.blueprint.create.closing") : null);
        model.put("closingBlueprintKey", BlueprintKeys.CLOSING_REVIEW_BLUEPRINT);
        model.put("closingParentPageId", Long.toString(viewer.pageId()));
        return renderer.renderFragment(TEMPLATE, model);
    }

    /**
     * The space's Meetings page while it is a current page of the space that the viewer may view
     * (Confluence refuses a parent the creator may not view), else the page the button is on (0: none).
     */
    private long parent(GrowthPlan plan, Viewer viewer) {
        Page meetings = plan.meetingsPageId() > 0 ? pageManager.getPage(plan.meetingsPageId()) : null;
        boolean usable = meetings != null && meetings.isCurrent() && plan.spaceKey().equals(meetings.getSpaceKey())
                && access.canViewPage(viewer.user(), meetings);
        return usable ? meetings.getId() : viewer.pageId();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }
}
