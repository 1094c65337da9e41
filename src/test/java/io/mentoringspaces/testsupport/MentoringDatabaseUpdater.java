package io.mentoringspaces.testsupport;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.upgrade.UpgradeTask001CreateSchema;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Builds the test schema the way an installation does: by running the app's upgrade tasks. */
public final class MentoringDatabaseUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) {
        CountingDriver.install();
        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf("0"), new TestActiveObjects(entityManager));
    }
}
