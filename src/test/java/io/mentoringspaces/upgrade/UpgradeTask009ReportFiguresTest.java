package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.service.ProgrammeReportService;
import io.mentoringspaces.service.ReportFigures;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import io.mentoringspaces.testsupport.UpgradeTasks;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * Model version 9 on a database left by an installation of version 8: plans with goals, ticks and held
 * meetings, whose rows have no report figures column. Each plan gets the text from its own columns, and
 * the programme report reads the same pairs as before. Schema changes are not transactional on every
 * database, so the test runs outside the runner's rollback and the runner rebuilds the database after it.
 */
@Data(UpgradeTask001CreateSchemaTest.NoTables.class)
public class UpgradeTask009ReportFiguresTest extends DatabaseTest {

    @Test
    public void shouldBeModelVersionNine() {
        assertTrue(new UpgradeTask009ReportFigures().getModelVersion().isSame(ModelVersion.valueOf("9")));
    }

    @Test
    @NonTransactional
    public void shouldGiveEveryPlanOfModelVersionEightTheReportFiguresOfItsColumns() throws Exception {
        TestActiveObjects db = new TestActiveObjects(entityManager);
        UpgradeTasks.upgrade(db, 0, CLOCK);
        GrowthPlan plan = givenPlan("ALPHA", "grad");
        givenHeldMeeting(plan, 101, TODAY.minusWeeks(3), "Meeting one");
        givenHeldMeeting(plan, 102, TODAY.minusWeeks(1), "Meeting two");
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g1", "One", null, null, GoalStatus.ACHIEVED),
                new GoalDefinition("g2", "Two", null, null, GoalStatus.IN_PROGRESS)));
        List<ChecklistEntry> items = List.of(ChecklistEntry.fixed("a"), ChecklistEntry.fixed("b"));
        checklists.syncItems(plan.id(), "mentee", items);
        checklists.tick(plan.id(), "mentee", items, "a", true, plan.menteeKey());
        givenPlan("BETA", "grad");
        ProgrammeReportService reports = new ProgrammeReportService(db, cadence);
        ProgrammeReport before = reports.report(programmes.getByKey("grad"), PairQuery.firstPage(25));
        ModelVersion1.dropPlanColumns(entityManager.getProvider(), List.of("REPORT_FIGURES"));

        new UpgradeTask009ReportFigures().upgrade(ModelVersion.valueOf("8"), db);

        for (GrowthPlanEntity row : db.find(GrowthPlanEntity.class)) {
            assertEquals(row.getSpaceKey(), ReportFigures.of(row), row.getReportFigures());
        }
        ProgrammeReport after = reports.report(programmes.getByKey("grad"), PairQuery.firstPage(25));
        assertEquals(before, after);
        assertEquals(2, after.page().rows().stream().filter(r -> r.spaceKey().equals("ALPHA")).findFirst().orElseThrow()
                .meetingsHeld());
    }
}
