package com.atlassian.activeobjects.external;

/** Host-API declaration (activeobjects-plugin): a numbered schema/data upgrade of the app's tables. */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
