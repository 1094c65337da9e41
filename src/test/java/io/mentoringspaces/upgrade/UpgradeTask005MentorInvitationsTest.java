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
import java.sql.Connection;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
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
        DatabaseProvider provider = entityManager.getProvider();
        try (Connection connection = provider.getConnection(); Statement sql = connection.createStatement()) {
            for (String column : NEW_COLUMNS) {
                sql.execute("ALTER TABLE " + provider.withSchema("AO_2229CD_GROWTH_PLAN") + " DROP COLUMN "
                        + provider.processID(column));
            }
        }
        return db.create(ModelVersion1.GrowthPlan.class,
                new DBParam("SPACE_KEY", "OLD"),
                new DBParam("PROGRAMME_ID", 0),
                new DBParam("MENTEE_KEY", "mentee-old"),
                new DBParam("MENTOR_KEY", "mentor-old"),
                new DBParam("START_DATE", TODAY.minusWeeks(8).toString()),
                new DBParam("CADENCE", "WEEKLY"),
                new DBParam("STATUS", "ACTIVE"),
                new DBParam("CREATED_AT", Date.from(CLOCK.instant())),
                new DBParam("MEETING_DATES", "")).getID();
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
