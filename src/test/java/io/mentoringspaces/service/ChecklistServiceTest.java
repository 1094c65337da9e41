package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistItem;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class ChecklistServiceTest extends DatabaseTest {

    private static final List<ChecklistEntry> ABCD = fixed("a", "b", "c", "d");

    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        plan = givenPlan("MENT");
    }

    private static List<ChecklistEntry> fixed(String... keys) {
        return List.of(keys).stream().map(ChecklistEntry::fixed).toList();
    }

    private static List<ChecklistEntry> written(String... texts) {
        return List.of(texts).stream().map(ChecklistEntry::written).toList();
    }

    private int rows() {
        return ao.count(ChecklistTickEntity.class, Query.select());
    }

    private PlanFigures figures() {
        return plans.getBySpaceKey("MENT").figures();
    }

    /** The checklist as it reads, item text to ticked. */
    private List<String> ticked(List<ChecklistEntry> entries) {
        return checklists.read(plan.id(), "mentee").resolve(entries).stream().filter(ChecklistItem::done)
                .map(item -> item.entry().text().keyText()).toList();
    }

    private String keyOf(List<ChecklistEntry> entries, int index) {
        return checklists.read(plan.id(), "mentee").resolve(entries).get(index).key();
    }

    @Test
    public void shouldRecordWhoTickedAndWhen() {
        ChecklistState state = checklists.tick(plan.id(), "mentee", ABCD, "b", true, "u-mentee");

        assertEquals(new ChecklistItemState("b", true, "u-mentee", CLOCK.instant(), false, null, 1), state.items().get("b"));
        assertTrue(checklists.read(plan.id(), "mentee").isDone("b"));
        assertFalse(checklists.read(plan.id(), "mentee").isDone("a"));
    }

    @Test
    public void shouldCountEveryCurrentItemFromTheFirstTick() {
        checklists.tick(plan.id(), "mentee", DefaultChecklist.entries(), "feedback", true, "u");

        assertEquals(new PlanFigures(0, 0, 0, 10, 1, List.of()), figures());
        assertEquals(10, rows());
    }

    @Test
    public void shouldKeepOneRowPerItemWhateverHowOftenItIsTicked() {
        checklists.tick(plan.id(), "mentee", ABCD, "a", true, "u1");
        checklists.tick(plan.id(), "mentee", ABCD, "a", false, "u2");
        checklists.tick(plan.id(), "mentee", ABCD, "a", true, "u3");

        assertEquals(4, rows());
        ChecklistItemState state = checklists.read(plan.id(), "mentee").items().get("a");
        assertTrue(state.done());
        assertEquals("u3", state.changedBy());
    }

    @Test
    public void shouldKeepChecklistsAndPlansApart() {
        GrowthPlan other = givenPlan("OTHER");
        checklists.tick(plan.id(), "mentee", fixed("plan"), "plan", true, "u");
        checklists.tick(plan.id(), "mentor", fixed("plan"), "plan", false, "u");
        checklists.tick(other.id(), "mentee", fixed("plan"), "plan", false, "u");

        assertTrue(checklists.read(plan.id(), "mentee").isDone("plan"));
        assertFalse(checklists.read(plan.id(), "mentor").isDone("plan"));
        assertFalse(checklists.read(other.id(), "mentee").isDone("plan"));
        Map<String, ChecklistState> all = checklists.readAll(plan.id());
        assertEquals(List.of("mentee", "mentor"), all.keySet().stream().sorted().toList());
        assertTrue(all.get("mentee").isDone("plan"));
        assertEquals(3, rows());
    }

    @Test
    public void shouldSyncItemsSoTheFigureCountsExactlyTheCurrentItems() {
        checklists.syncItems(plan.id(), "mentee", ABCD);
        checklists.tick(plan.id(), "mentee", ABCD, "a", true, "u");
        checklists.tick(plan.id(), "mentee", ABCD, "b", true, "u");
        assertEquals(new PlanFigures(0, 0, 0, 4, 2, List.of()), figures());

        ChecklistState afterRemoval = checklists.syncItems(plan.id(), "mentee", fixed("a", "c", "d"));

        assertTrue(afterRemoval.items().get("b").removed());
        assertTrue(afterRemoval.items().get("b").done());
        assertEquals(new PlanFigures(0, 0, 0, 3, 1, List.of()), figures());

        checklists.syncItems(plan.id(), "mentee", ABCD);
        assertEquals(new PlanFigures(0, 0, 0, 4, 2, List.of()), figures());
        assertEquals(4, rows());
    }

    @Test
    public void shouldChangeNothingWhenTheSameItemsAreSyncedTwice() {
        ChecklistState first = checklists.syncItems(plan.id(), "mentee", written("Write the plan", "Book a room"));
        ChecklistState second = checklists.syncItems(plan.id(), "mentee", written("Write the plan", "Book a room"));

        assertEquals(first, second);
        assertEquals(2, rows());
        ChecklistItemState fresh = second.items().values().iterator().next();
        assertFalse(fresh.done());
        assertNull(fresh.changedBy());
    }

    @Test
    public void shouldKeepTheTickWhenAnItemsWordingIsEdited() {
        List<ChecklistEntry> before = written("Write the plan", "Book a room", "Ask for feedback");
        checklists.syncItems(plan.id(), "mentee", before);
        String bookKey = keyOf(before, 1);
        checklists.tick(plan.id(), "mentee", before, bookKey, true, "u");

        List<ChecklistEntry> edited = written("Write the plan", "Book a quiet room for every meeting", "Ask for feedback");
        assertEquals(List.of("Book a quiet room for every meeting"), ticked(edited));
        checklists.syncItems(plan.id(), "mentee", edited);

        assertEquals(bookKey, keyOf(edited, 1));
        assertEquals(List.of("Book a quiet room for every meeting"), ticked(edited));
        assertEquals(new PlanFigures(0, 0, 0, 3, 1, List.of()), figures());
        assertEquals(3, rows());
    }

    @Test
    public void shouldKeepTheTickWhenItemsAreReorderedOrInserted() {
        List<ChecklistEntry> before = written("Write the plan", "Book a room");
        checklists.tick(plan.id(), "mentee", before, keyOf(before, 1), true, "u");

        List<ChecklistEntry> after = written("Agree on a cadence", "Book a room", "Write the plan");
        checklists.syncItems(plan.id(), "mentee", after);

        assertEquals(List.of("Book a room"), ticked(after));
        assertEquals(new PlanFigures(0, 0, 0, 3, 1, List.of()), figures());
    }

    @Test
    public void shouldDropARemovedItemFromThePercentageAndRestoreItsTickWhenItComesBack() {
        List<ChecklistEntry> three = written("Write the plan", "Book a room", "Ask for feedback");
        checklists.tick(plan.id(), "mentee", three, keyOf(three, 2), true, "u");
        List<ChecklistEntry> two = written("Write the plan", "Book a room");

        checklists.syncItems(plan.id(), "mentee", two);

        ChecklistState state = checklists.read(plan.id(), "mentee");
        assertEquals(0, state.percentDone(state.resolve(two).stream().map(ChecklistItem::key).toList()));
        assertEquals(new PlanFigures(0, 0, 0, 2, 0, List.of()), figures());

        checklists.syncItems(plan.id(), "mentee", three);
        assertEquals(List.of("Ask for feedback"), ticked(three));
        assertEquals(new PlanFigures(0, 0, 0, 3, 1, List.of()), figures());
    }

    @Test
    public void shouldRefuseTickingAnItemThatIsNotOnTheChecklistAndWriteNothing() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> checklists.tick(plan.id(), "mentee", ABCD, "zz", true, "u"));

        assertEquals("itemKey", e.getField());
        assertEquals(0, rows());
        assertEquals(new PlanFigures(0, 0, 0, 0, 0, List.of()), figures());
    }

    @Test
    public void shouldComputeThePercentageOverTheItemsAsTheyNowRead() {
        checklists.tick(plan.id(), "mentee", fixed("a", "gone"), "a", true, "u");
        checklists.tick(plan.id(), "mentee", fixed("a", "gone"), "gone", true, "u");

        ChecklistState state = checklists.read(plan.id(), "mentee");

        assertEquals(50, state.percentDone(List.of("a", "b")));
        assertEquals(33, state.percentDone(List.of("a", "b", "c")));
        assertEquals(0, state.percentDone(List.of()));
    }

    @Test
    public void shouldRefuseMalformedIdsAndWriteNothing() {
        assertEquals("checklistId", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "has space", ABCD, "a", true, "u")).getField());
        assertEquals("itemKey", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "mentee", ABCD, "x".repeat(65), true, "u")).getField());
        assertEquals("user", assertThrows(InvalidInputException.class,
                () -> checklists.tick(plan.id(), "mentee", ABCD, "a", true, null)).getField());
        assertEquals("itemKey", assertThrows(InvalidInputException.class,
                () -> checklists.syncItems(plan.id(), "mentee", fixed("ok", "<script>"))).getField());
        List<ChecklistEntry> tooMany = java.util.stream.IntStream.range(0, ChecklistService.MAX_ITEMS + 1)
                .mapToObj(i -> ChecklistEntry.written("Item " + i)).toList();
        assertEquals("items", assertThrows(InvalidInputException.class,
                () -> checklists.syncItems(plan.id(), "mentee", tooMany)).getField());
        assertEquals(0, rows());
    }

    @Test
    public void shouldSyncEveryChecklistOfAPageAndWriteNothingWhenTheyAreInStep() {
        Map<String, List<ChecklistEntry>> page = new LinkedHashMap<>();
        page.put("mentee", DefaultChecklist.entries());
        page.put("reading", written("Clean Code", "Accelerate"));

        checklists.syncPage(plan.id(), page);
        int revision = ao.get(GrowthPlanEntity.class, plan.id()).getRevision();
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            checklists.syncPage(plan.id(), page);
            assertEquals(recording.statements().toString(), 1, recording.count());
        }

        assertEquals(new PlanFigures(0, 0, 0, 10 + 2, 0, List.of()), figures());
        assertEquals(12, rows());
        assertEquals(revision, ao.get(GrowthPlanEntity.class, plan.id()).getRevision());
    }

    @Test
    public void shouldRefuseAPageWithOneChecklistItCannotKeepAndWriteNoneOfItsChecklists() {
        List<ChecklistEntry> tooMany = java.util.stream.IntStream.range(0, ChecklistService.MAX_ITEMS + 1)
                .mapToObj(i -> ChecklistEntry.written("Item " + i)).toList();
        for (Map.Entry<String, List<ChecklistEntry>> bad : Map.of("not an id", written("Item"), "long", tooMany).entrySet()) {
            Map<String, List<ChecklistEntry>> page = new LinkedHashMap<>();
            page.put("mentee", DefaultChecklist.entries());
            page.put(bad.getKey(), bad.getValue());

            assertThrows(InvalidInputException.class, () -> ChecklistService.validate(page));
            assertThrows(InvalidInputException.class, () -> checklists.syncPage(plan.id(), page));
        }
        assertEquals(0, rows());
        assertEquals(new PlanFigures(0, 0, 0, 0, 0, List.of()), figures());
    }

    @Test
    public void shouldRefuseTickingOnAnUnknownPlan() {
        assertThrows(NotFoundException.class, () -> checklists.tick(4711, "mentee", ABCD, "a", true, "u"));
        assertEquals(0, rows());
    }
}
