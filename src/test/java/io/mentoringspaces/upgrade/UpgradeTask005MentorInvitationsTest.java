package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.NewPlan;
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
 * Model version 5 on a database left by an installation of version 4 (its plan table without the
 * invitation's columns, with an active plan) and on a fresh one. Schema changes are not transactional on
 * every database, so these tests run outside the runner's rollback and the runner rebuilds the database
 * after each.
 */
@Data(UpgradeTask001CreateSchemaTest.NoTables.class)
public class UpgradeTask005MentorInvitationsTest extends DatabaseTest {

    private static final List<String> NEW_COLUMNS = List.of("INVITED_AT", "ACCEPTED_ON", "DECLINED_AT", "DECLINE_REASON");

    /** The tables of model version 4: those of version 5 less the plan's invitation columns; and one active plan. */
    private int givenModelVersionFourWithAnActivePlan(TestActiveObjects db) throws Exception {
        UpgradeTasks.upgrade(db, 0, CLOCK);
        ModelVersion1.dropPlanColumns(entityManager.getProvider(), NEW_COLUMNS);
        return ModelVersion1.activePlan(db, TODAY.minusWeeks(8), CLOCK.instant(), "");
    }

    @Test
    public void shouldBeModelVersionFive() {
        assertTrue(new UpgradeTask005MentorInvitations().getModelVersion().isSame(ModelVersion.valueOf("5")));
    }

    @Test
    @NonTransactional
    public void shouldCreateEveryTableWithTheInvitationColumnsFromModelVersionZero() throws Exception {
        assertEquals(Set.of(), AppTables.of(entityManager));

        TestActiveObjects db = new TestActiveObjects(entityManager);
        UpgradeTasks.upgrade(db, 0, CLOCK);

        assertEquals(SourceFiles.descriptor().entities().size(), AppTables.of(entityManager).size());
        givenProgramme("grad");
        GrowthPlan plan = plans.create(new NewPlan("NEW", "grad", "mentee", "Mentee", "mentor", "Mentor", TODAY, Cadence.WEEKLY));
        assertEquals(PlanStatus.INVITED, plan.status());
        assertEquals(new Invitation(CLOCK.instant(), null, null, null), plan.invitation());
    }

    @Test
    @NonTransactional
    public void shouldKeepThePlansOfModelVersionFourActiveWithTheirCadenceFromTheirStartDate() throws Exception {
        TestActiveObjects db = new TestActiveObjects(entityManager);
        int planId = givenModelVersionFourWithAnActivePlan(db);

        new UpgradeTask005MentorInvitations().upgrade(ModelVersion.valueOf("4"), db);

        GrowthPlan plan = plans.findById(planId).orElseThrow();
        assertEquals(PlanStatus.ACTIVE, plan.status());
        assertEquals(new Invitation(null, null, null, null), plan.invitation());
        assertEquals(TODAY.minusWeeks(8), plan.cadenceStart());
        assertNull(plan.invitation().acceptedOn());
    }
}
