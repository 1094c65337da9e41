package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.view.GoalStateView;
import java.util.List;
import java.util.Map;

/**
 * What the macros read, read once per conversion ({@link ConversionContextCache}): a page with any
 * number of the app's macros for one plan reads the plan, its goals with their progress, its
 * checklists and its meetings at most once each. Never writes.
 */
public class MacroData {

    private final PlanService plans;
    private final GoalService goals;
    private final ChecklistService checklists;
    private final MeetingService meetings;

    public MacroData(PlanService plans, GoalService goals, ChecklistService checklists, MeetingService meetings) {
        this.plans = plans;
        this.goals = goals;
        this.checklists = checklists;
        this.meetings = meetings;
    }

    /** The growth plan of the space; refused with a message when the space is not a mentoring space. */
    public GrowthPlan plan(ConversionContext context, String spaceKey) {
        return ConversionContextCache.get(context, "plan:" + spaceKey, () -> plans.findBySpaceKey(spaceKey))
                .orElseThrow(() -> new NotFoundException("spaceKey", "mentoring.macro.error.no.plan"));
    }

    /** The plan's current goals with their latest progress updates and agreements. */
    public List<GoalProgress> goals(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "goals:" + planId,
                () -> goals.currentGoalsWithProgress(planId, GoalStateView.HISTORY));
    }

    /** The stored states of the plan's checklists, by checklist id. */
    public Map<String, ChecklistState> checklists(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "checklists:" + planId, () -> checklists.readAll(planId));
    }

    /** The plan's meeting links, oldest first, trashed ones included. */
    public List<MeetingLink> meetings(ConversionContext context, int planId) {
        return ConversionContextCache.get(context, "meetings:" + planId, () -> meetings.meetings(planId));
    }
}
