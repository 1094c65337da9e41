package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.util.List;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/** A failure in the middle of a change leaves no partial rows: one transaction per change. */
public class TransactionTest extends DatabaseTest {

    /** Active Objects whose third insert fails like a lost database connection. */
    private TestActiveObjects failingOnThirdInsert() {
        return new TestActiveObjects(entityManager) {
            private int inserts;

            @Override
            public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
                if (++inserts == 3) {
                    throw new ActiveObjectsException(new java.sql.SQLException("connection reset", "08006"));
                }
                return super.create(type, params);
            }
        };
    }

    private static GoalService goalsOn(TestActiveObjects ao) {
        return new GoalService(ao, new Changes(ao), CLOCK);
    }

    private static List<GoalDefinition> threeGoals() {
        return List.of(new GoalDefinition("a", "A", null, null, null), new GoalDefinition("b", "B", null, null, null),
                new GoalDefinition("c", "C", null, null, null));
    }

    private void assertUntouched(GrowthPlan before) {
        assertEquals(0, ao.count(GoalEntity.class, Query.select()));
        GrowthPlan after = plans.getBySpaceKey(before.spaceKey());
        assertEquals(before, after);
    }

    @Test
    public void shouldLeaveNoGoalRowsWhenAnInsertFailsMidway() {
        GrowthPlan plan = givenPlan("MENT");
        GoalService failing = goalsOn(failingOnThirdInsert());

        assertThrows(ActiveObjectsException.class, () -> failing.replaceGoalIndex(plan.id(), threeGoals()));

        assertUntouched(plan);
    }

    @Test
    public void shouldRollBackEarlierWritesWhenTheDatabaseRefusesARow() {
        GrowthPlan plan = givenPlan("MENT");
        GrowthPlan other = givenPlan("OTHER");
        checklists.syncItems(plan.id(), "mentee", List.of(ChecklistEntry.fixed("a")));
        // A row of another plan already holds the tick key that item "c" will need.
        ao.create(ChecklistTickEntity.class, new DBParam("PLAN_ID", other.id()), new DBParam("CHECKLIST_ID", "elsewhere"),
                new DBParam("ITEM_KEY", "c"), new DBParam("TICK_KEY", plan.id() + "/mentee/c"), new DBParam("DONE", false),
                new DBParam("REMOVED", false));
        GrowthPlan before = plans.getBySpaceKey("MENT");

        assertThrows(RuntimeException.class, () -> checklists.syncItems(plan.id(), "mentee",
                List.of(ChecklistEntry.fixed("b"), ChecklistEntry.fixed("c"))));

        assertEquals(before, plans.getBySpaceKey("MENT"));
        ChecklistTickEntity[] rows = ao.find(ChecklistTickEntity.class, Query.select().where("PLAN_ID = ?", plan.id()));
        assertEquals(1, rows.length);
        assertEquals(false, rows[0].isRemoved());
    }

    @Test
    @NonTransactional
    public void shouldCommitNothingWhenATopLevelChangeFails() {
        GrowthPlan plan = givenPlan("MENT");
        GoalService failing = goalsOn(failingOnThirdInsert());

        assertThrows(ActiveObjectsException.class, () -> failing.replaceGoalIndex(plan.id(), threeGoals()));

        assertUntouched(plan);
        goals.replaceGoalIndex(plan.id(), threeGoals());
        assertEquals(3, ao.count(GoalEntity.class, Query.select()));
    }
}
