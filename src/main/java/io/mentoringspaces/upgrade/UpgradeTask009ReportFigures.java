package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.service.ReportFigures;
import net.java.ao.Query;

/**
 * Model version 9: each plan repeats its counts in one text ({@code GROWTH_PLAN.REPORT_FIGURES}), which
 * the programme reports read in place of the twenty-one count columns. Existing plans get it from the
 * counts their rows hold.
 */
public class UpgradeTask009ReportFigures extends AbstractUpgradeTask {

    public UpgradeTask009ReportFigures() {
        super(9);
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
        for (GrowthPlanEntity plan : ao.find(GrowthPlanEntity.class, Query.select())) {
            ReportFigures.update(plan);
            plan.save();
        }
    }
}
