package io.mentoringspaces.view;

import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;

/**
 * Who a macro renders for, on which page, and whether it renders interactively (view mode in a
 * desktop browser) or as static HTML (preview, exports, e-mail, feeds, diffs, mobile).
 *
 * @param user        the user, or null when anonymous
 * @param pageId      the page the macro is on, or 0 when it is not on a saved page
 * @param canEdit     whether the user may edit that page (on a page not saved yet: add pages to its space)
 * @param interactive whether the output may carry controls and scripts
 */
public record Viewer(ConfluenceUser user, long pageId, boolean canEdit, boolean interactive) {

    /** Whether controls that change state belong in the output: interactive, logged in, may edit the page. */
    public boolean mayChange() {
        return interactive && user != null && canEdit && pageId > 0;
    }

    public boolean isMentorOf(GrowthPlan plan) {
        return user != null && user.getKey().getStringValue().equals(plan.mentorKey());
    }

    public boolean isMenteeOf(GrowthPlan plan) {
        return user != null && user.getKey().getStringValue().equals(plan.menteeKey());
    }

    /**
     * Whether the user may tick items of the checklist: the built-in mentee checklist (id
     * {@link DefaultChecklist#ID}) is the mentee's own, so only the plan's mentee ticks it; any other
     * checklist, everybody who may edit the page.
     */
    public boolean mayTick(GrowthPlan plan, String checklistId) {
        return user != null && canEdit && pageId > 0 && (!DefaultChecklist.ID.equals(checklistId) || isMenteeOf(plan));
    }

    /** The same viewer without the right to change anything. */
    public Viewer readOnly() {
        return new Viewer(user, pageId, false, interactive);
    }
}
