package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.testsupport.AppTables;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * Model version 1 on a database that has none of the app's tables yet. Schema changes are not
 * transactional on every database, so these tests run outside the runner's rollback and the runner
 * rebuilds the database after each.
 */
@Data(UpgradeTask001CreateSchemaTest.NoTables.class)
public class UpgradeTask001CreateSchemaTest extends DatabaseTest {

    /** Leaves the database without the app's tables, as on a fresh installation. */
    public static final class NoTables implements DatabaseUpdater {
        @Override
        public void update(EntityManager entityManager) {
        }
    }

    private static final Set<String> TABLES = Set.of("AO_2229CD_PROGRAMME", "AO_2229CD_GROWTH_PLAN", "AO_2229CD_GOAL",
            "AO_2229CD_MENTOR_AGREEMENT", "AO_2229CD_PROGRESS_UPDATE", "AO_2229CD_CHECKLIST_TICK", "AO_2229CD_MEETING_LINK");

    private Set<String> appTables() throws Exception {
        return AppTables.of(entityManager);
    }

    @Test
    public void shouldBeModelVersionOne() {
        assertTrue(new UpgradeTask001CreateSchema().getModelVersion().isSame(ModelVersion.valueOf("1")));
    }

    @Test
    @NonTransactional
    public void shouldCreateEveryTableFromModelVersionZero() throws Exception {
        assertEquals(Set.of(), appTables());

        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf(null), new TestActiveObjects(entityManager));

        assertEquals(TABLES, appTables());
    }

    @Test
    @NonTransactional
    public void shouldBeHarmlessWhenRunTwice() throws Exception {
        TestActiveObjects ao = new TestActiveObjects(entityManager);
        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf("0"), ao);
        new UpgradeTask001CreateSchema().upgrade(ModelVersion.valueOf("0"), ao);

        assertEquals(TABLES, appTables());
    }
}
