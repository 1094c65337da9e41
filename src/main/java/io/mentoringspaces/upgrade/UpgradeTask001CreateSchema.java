package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;

/** Model version 1: creates the app's tables on a fresh installation. */
public class UpgradeTask001CreateSchema extends AbstractUpgradeTask {

    public UpgradeTask001CreateSchema() {
        super(1);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ProgrammeEntity.class, GrowthPlanEntity.class, GoalEntity.class, MentorAgreementEntity.class,
                ProgressUpdateEntity.class, ChecklistTickEntity.class, MeetingLinkEntity.class);
    }
}
