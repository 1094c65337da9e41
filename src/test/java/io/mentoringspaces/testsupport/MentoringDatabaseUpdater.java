package io.mentoringspaces.testsupport;

import java.time.Clock;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Builds the test schema the way an installation does: by running the app's upgrade tasks. */
public final class MentoringDatabaseUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) {
        CountingDriver.install();
        UpgradeTasks.upgrade(new TestActiveObjects(entityManager), 0, Clock.systemDefaultZone());
    }
}
