package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 5: plans record the mentor's invitation ({@code GROWTH_PLAN.INVITED_AT},
 * {@code ACCEPTED_ON}, {@code DECLINED_AT}, {@code DECLINE_REASON}). New plans start invited; the plans
 * that exist already keep their status (an active pair stays active, its cadence counting from its start
 * date as before) and get no invitation dates, as nobody was invited.
 */
public class UpgradeTask005MentorInvitations extends AbstractUpgradeTask {

    public UpgradeTask005MentorInvitations() {
        super(5);
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
    }
}
