package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.service.PlanService;
import java.time.Instant;
import java.util.Date;

/** Plan rows as tests need them, written directly where the services have no way to get there. */
public final class PlanRows {

    private PlanRows() {
    }

    /**
     * The plan made active as the plans that existed before invitations are: no invitation recorded, its
     * cadence counting from its start date (an acceptance through the service would count it from the
     * day of acceptance, after the start dates tests give).
     */
    public static GrowthPlan activeSinceStart(ActiveObjects ao, PlanService plans, GrowthPlan plan) {
        GrowthPlanEntity row = ao.get(GrowthPlanEntity.class, plan.id());
        row.setStatus(PlanStatus.ACTIVE.name());
        row.setInvitedAt(null);
        row.save();
        return plans.findById(plan.id()).orElseThrow();
    }

    /** The plan as the space blueprint creates it: invited now, its mentor not answered yet. */
    public static GrowthPlan invited(ActiveObjects ao, PlanService plans, GrowthPlan plan, Instant now) {
        GrowthPlanEntity row = ao.get(GrowthPlanEntity.class, plan.id());
        row.setStatus(PlanStatus.INVITED.name());
        row.setInvitedAt(Date.from(now));
        row.save();
        return plans.findById(plan.id()).orElseThrow();
    }
}
