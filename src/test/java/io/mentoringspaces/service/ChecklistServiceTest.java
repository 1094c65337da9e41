package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.List;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class ChecklistServiceTest extends DatabaseTest {

    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        plan = givenPlan("MENT");
    }

    private int rows() {
        return ao.count(ChecklistTickEntity.class, Query.select());
    }

    private PlanFigures figures() {
        return plans.getBySpaceKey("MENT").figures();
    }

    @Test
    public void shouldRecordWhoTickedAndWhen() {
        ChecklistItemState tick = checklists.tick(plan.id(), "mentee", "plan", true, "u-mentee");

        assertEquals(new ChecklistItemState("plan", true, "u-mentee", CLOCK.instant(), false), tick);
        assertTrue(checklists.read(plan.id(), "mentee").isDone("plan"));
    }

    @Test
    public void shouldKeepOneRowPerItemWhateverHowOftenItIsTicked() {
        checklists.tick(plan.id(), "mentee", "plan", true, "u1");
        checklists.tick(plan.id(), "mentee", "plan", false, "u2");
        checklists.tick(plan.id(), "mentee", "plan", true, "u3");

        assertEquals(1, rows());
        ChecklistItemState state = checklists.read(plan.id(), "mentee").items().get("plan");
        assertTrue(state.done());
        assertEquals("u3", state.changedBy());
    }

    @Test
    public void shouldKeepChecklistsAndPlansApart() {
        GrowthPlan other = givenPlan("OTHER");
        checklists.tick(plan.id(), "mentee", "plan", true, "u");
        checklists.tick(plan.id(), "mentor", "plan", false, "u");
        checklists.tick(other.id(), "mentee", "plan", false, "u");

        assertTrue(checklists.read(plan.id(), "mentee").isDone("plan"));
        assertFalse(checklists.read(plan.id(), "mentor").isDone("plan"));
        assertFalse(checklists.read(other.id(), "mentee").isDone("plan"));
        assertEquals(3, rows());
    }

    @Test
    public void shouldSyncItemsSoTheFigureCountsExactlyTheCurrentItems() {
        checklists.syncItems(plan.id(), "mentee", List.of("a", "b", "c", "d"));
        checklists.tick(plan.id(), "mentee", "a", true, "u");
        checklists.tick(plan.id(), "mentee", "b", true, "u");
        assertEquals(new PlanFigures(0, 0, 0, 4, 2, List.of()), figures());

        ChecklistState afterRemoval = checklists.syncItems(plan.id(), "mentee", List.of("a", "c", "d"));

        assertTrue(afterRemoval.items().get("b").removed());
        assertTrue(afterRemoval.items().get("b").done());
        assertEquals(new PlanFigures(0, 0, 0, 3, 1, List.of()), figures());

        checklists.syncItems(plan.id(), "mentee", List.of("a", "b", "c", "d"));
        assertEquals(new PlanFigures(0, 0, 0, 4, 2, List.of()), figures());
        assertEquals(4, rows());
    }

    @Test
    public void shouldChangeNothingWhenTheSameItemsAreSyncedTwice() {
        ChecklistState first = checklists.syncItems(plan.id(), "mentee", List.of("a", "b"));
        ChecklistState second = checklists.syncItems(plan.id(), "mentee", List.of("a", "b"));

        assertEquals(first, second);
        assertEquals(2, rows());
        ChecklistItemState fresh = second.items().get("a");
        assertFalse(fresh.done());
        assertNull(fresh.changedBy());
    }

    @Test
    public void shouldComputeThePercentageOverTheItemsAsTheyNowRead() {
        checklists.tick(plan.id(), "mentee", "a", true, "u");
        checklists.tick(plan.id(), "mentee", "gone", true, "u");

        ChecklistState state = checklists.read(plan.id(), "mentee");

        assertEquals(50, state.percentDone(List.of("a", "b")));
        assertEquals(33, state.percentDone(List.of("a", "b", "c")));
        assertEquals(0, state.percentDone(List.of()));
    }

    @Test
    public void shouldRefuseMalformedIdsAndWriteNothing() {
        assertEquals("checklistId", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "has space", "a", true, "u")).getField());
        assertEquals("itemKey", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "mentee", "x".repeat(65), true, "u")).getField());
        assertEquals("user", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "mentee", "a", true, null)).getField());
        assertEquals("itemKey", assertThrows(InvalidInputException.class,
                () -> checklists.syncItems(plan.id(), "mentee", List.of("ok", "<script>"))).getField());
        assertEquals(0, rows());
    }

    @Test
    public void shouldRefuseTickingOnAnUnknownPlan() {
        assertThrows(NotFoundException.class, () -> checklists.tick(4711, "mentee", "a", true, "u"));
        assertEquals(0, rows());
    }
}
