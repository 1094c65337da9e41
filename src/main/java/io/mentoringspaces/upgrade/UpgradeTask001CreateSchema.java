package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;

/** Model version 1: creates the app's tables on a fresh installation. */
public class UpgradeTask001CreateSchema extends AbstractUpgradeTask {

    public UpgradeTask001CreateSchema() {
        super(1);
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
    }
}
