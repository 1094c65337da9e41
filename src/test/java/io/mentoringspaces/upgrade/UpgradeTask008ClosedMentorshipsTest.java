package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.testsupport.AppTables;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.SourceFiles;
import io.mentoringspaces.testsupport.TestActiveObjects;
import io.mentoringspaces.testsupport.UpgradeTasks;
import java.util.List;
import java.util.Set;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * Model version 8 on a database left by an installation of version 7 (its plan table without the closing
 * and series columns, with an active plan) and on a fresh one. Schema changes are not transactional on
 * every database, so these tests run outside the runner's rollback and the runner rebuilds the database
 * after each.
 */
@Data(UpgradeTask001CreateSchemaTest.NoTables.class)
public class UpgradeTask008ClosedMentorshipsTest extends DatabaseTest {

    private static final List<String> NEW_COLUMNS = List.of("CLOSED_ON", "CLOSED_BY", "CLOSING_PAGE_ID", "SERIES_SEQUENCE");

    /** The tables of model version 7: those of version 8 less the plan's closing and series columns; and one active plan. */
    private int givenModelVersionSevenWithAnActivePlan(TestActiveObjects db) throws Exception {
        UpgradeTasks.upgrade(db, 0, CLOCK);
        ModelVersion1.dropPlanColumns(entityManager.getProvider(), NEW_COLUMNS);
        return ModelVersion1.activePlan(db, TODAY.minusWeeks(8), CLOCK.instant(), "");
    }

    @Test
    public void shouldBeModelVersionEight() {
        assertTrue(new UpgradeTask008ClosedMentorships().getModelVersion().isSame(ModelVersion.valueOf("8")));
    }

    @Test
    @NonTransactional
    public void shouldCreateEveryTableWithTheClosingColumnsFromModelVersionZero() throws Exception {
        assertEquals(Set.of(), AppTables.of(entityManager));

        UpgradeTasks.upgrade(new TestActiveObjects(entityManager), 0, CLOCK);

        assertEquals(SourceFiles.descriptor().entities().size(), AppTables.of(entityManager).size());
        GrowthPlan plan = givenPlan("NEW");
        GrowthPlan closed = plans.close(plan.id(), plan.menteeKey(), 4711);
        assertEquals(new Closure(TODAY, plan.menteeKey(), 4711), plans.findById(plan.id()).orElseThrow().closure());
        assertEquals(1, closed.seriesSequence());
    }

    @Test
    @NonTransactional
    public void shouldKeepThePlansOfModelVersionSevenActiveAndOpenWithTheirSeriesAtSequenceZero() throws Exception {
        TestActiveObjects db = new TestActiveObjects(entityManager);
        int planId = givenModelVersionSevenWithAnActivePlan(db);

        new UpgradeTask008ClosedMentorships().upgrade(ModelVersion.valueOf("7"), db);

        GrowthPlan plan = plans.findById(planId).orElseThrow();
        assertEquals(PlanStatus.ACTIVE, plan.status());
        assertNull(plan.closure());
        assertEquals(0, plan.seriesSequence());
        assertEquals(1, plans.close(planId, "mentee-old", 4711).seriesSequence());
    }
}
