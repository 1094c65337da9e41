package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 8: a pair can close its mentorship ({@code GROWTH_PLAN.CLOSED_ON}, {@code CLOSED_BY},
 * {@code CLOSING_PAGE_ID}) and the calendar file numbers the changes of a meeting series
 * ({@code SERIES_SEQUENCE}). Existing plans keep their status, none of them closed, their series at
 * sequence 0.
 */
public class UpgradeTask008ClosedMentorships extends AbstractUpgradeTask {

    public UpgradeTask008ClosedMentorships() {
        super(8);
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
    }
}
