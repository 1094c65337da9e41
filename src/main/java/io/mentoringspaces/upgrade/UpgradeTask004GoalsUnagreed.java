package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.service.PlanFiguresKeeper;
import java.time.ZoneId;
import net.java.ao.Query;

/**
 * Model version 4: on each plan, the goals whose target waits for the mentor's agreement
 * ({@code GROWTH_PLAN.GOALS_UNAGREED}), for the "My mentoring" page, counted from the goal rows, which
 * have carried the mentor's latest agreement since version 1. The same version indexes the assignee of
 * action items ({@code MEETING_ITEM.ASSIGNEE_KEY}); Active Objects adds that index with the schema.
 */
public class UpgradeTask004GoalsUnagreed extends AbstractUpgradeTask {

    public UpgradeTask004GoalsUnagreed() {
        super(4);
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
        // The goal figures depend on no day, so the zone the keeper is given does not matter here.
        PlanFiguresKeeper figures = new PlanFiguresKeeper(ao, ZoneId.systemDefault());
        for (GrowthPlanEntity plan : ao.find(GrowthPlanEntity.class, Query.select())) {
            figures.goalsChanged(plan);
        }
    }
}
