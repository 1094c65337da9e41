package io.mentoringspaces.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.ConfluenceFixture;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

/** Page events keep the meeting links and the goal index in step, on the real database. */
public class PageEventListenerTest extends DatabaseTest {

    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);

    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final EventPublisher publisher = mock(EventPublisher.class);
    private PageEventListener listener;
    private GrowthPlan plan;

    @Before
    public void givenAMentoringSpaceAndAnOrdinarySpace() {
        plan = givenPlan("MENT");
        confluence.space("MENT", "Mentoring");
        confluence.space("TEAM", "Team space");
        PageIndexer indexer = new PageIndexer(plans, goals, meetings, checklists, confluence.pageManager(), confluence.spaceManager());
        listener = new PageEventListener(publisher, indexer);
    }

    private Page page(long id, String spaceKey, String title, String... labels) {
        Page page = confluence.page(id, spaceKey, title, "<p/>");
        for (String label : labels) {
            page.getLabels().add(new Label(label));
        }
        return page;
    }

    private Page meeting(long id, String spaceKey, String title) {
        return page(id, spaceKey, title, "mentoring-meeting");
    }

    private static PageUpdateEvent updated(Page page) {
        PageUpdateEvent event = mock(PageUpdateEvent.class);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    /** The event of a page created from a blueprint; the page carries the labels the blueprint gave it. */
    private static BlueprintPageCreateEvent fromBlueprint(Page page) {
        BlueprintPageCreateEvent event = mock(BlueprintPageCreateEvent.class);
        when(event.getPage()).thenReturn(page);
        return event;
    }

    private List<MeetingLink> links() {
        return meetings.meetings(plan.id());
    }

    private int revision() {
        return ao.get(GrowthPlanEntity.class, plan.id()).getRevision();
    }

    /** Every row of the index tables and the plan row, as text. */
    private String indexRows() {
        StringBuilder rows = new StringBuilder();
        for (MeetingLinkEntity e : ao.find(MeetingLinkEntity.class, Query.select().order("ID"))) {
            rows.append(e.getID()).append(e.getPlanId()).append(e.getPageId()).append(e.getMeetingDate()).append(e.getTitle())
                    .append(e.isTrashed()).append(e.getUpdatedAt()).append('\n');
        }
        for (GoalEntity e : ao.find(GoalEntity.class, Query.select().order("ID"))) {
            rows.append(e.getID()).append(e.getGoalKey()).append(e.getTitle()).append(e.getPagePosition())
                    .append(e.isArchived()).append(e.getUpdatedAt()).append('\n');
        }
        for (ChecklistTickEntity e : ao.find(ChecklistTickEntity.class, Query.select().order("ID"))) {
            rows.append(e.getID()).append(e.getTickKey()).append(e.getPosition()).append(e.getFingerprint())
                    .append(e.isRemoved()).append(e.isDone()).append('\n');
        }
        GrowthPlanEntity p = ao.get(GrowthPlanEntity.class, plan.id());
        return rows.append(p.getRevision()).append(p.getMeetingDates()).append(p.getGoalsTotal()).append(p.getStatus())
                .append(p.getChecklistItems()).append(p.getChecklistDone()).toString();
    }

    @Test
    public void shouldRegisterWithThePublisherWhenStartedAndUnregisterWhenStopped() {
        listener.register();
        verify(publisher).register(listener);
        listener.unregister();
        verify(publisher).unregister(listener);
    }

    @Test
    public void shouldLinkAPageCreatedFromTheMeetingBlueprintByItsIndexKeyLabelWithTheDateOfItsTitle() {
        Page page = meeting(101L, "MENT", "2026-03-16 Mentoring meeting");

        listener.onBlueprintPageCreate(fromBlueprint(page));

        MeetingLink link = links().get(0);
        assertEquals(101L, link.pageId());
        assertEquals(MARCH_16, link.meetingDate());
        assertEquals("2026-03-16 Mentoring meeting", link.title());
        assertEquals(List.of(MARCH_16), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    public void shouldLinkLabelledPagesCreatedAnotherWayAndIgnoreUnlabelledOnes() {
        listener.onPageCreate(new PageCreateEvent(this, meeting(101L, "MENT", "2026-03-09 Imported meeting")));
        PageCopyEvent copy = mock(PageCopyEvent.class);
        when(copy.getDestination()).thenReturn(meeting(102L, "MENT", "2026-03-16 Copy of meeting"));
        listener.onPageCopy(copy);
        listener.onPageCreate(new PageCreateEvent(this, page(103L, "MENT", "2026-03-20 Notes")));
        listener.onBlueprintPageCreate(fromBlueprint(page(104L, "MENT", "2026-03-21 Other", "other-blueprint")));

        assertEquals(List.of(101L, 102L), links().stream().map(MeetingLink::pageId).toList());
        assertEquals(List.of(MARCH_9, MARCH_16), links().stream().map(MeetingLink::meetingDate).toList());
    }

    @Test
    public void shouldFollowTitleAndDateEditsAndKeepTheDateOfATitleThatLostIt() {
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        listener.onPageCreate(new PageCreateEvent(this, page));

        page.setTitle("2026-03-16 Mentoring meeting, moved");
        listener.onPageUpdate(updated(page));
        assertEquals(List.of(MARCH_16), links().stream().map(MeetingLink::meetingDate).toList());
        assertEquals("2026-03-16 Mentoring meeting, moved", links().get(0).title());

        page.setTitle("Our meeting");
        listener.onPageUpdate(updated(page));
        assertEquals(MARCH_16, links().get(0).meetingDate());
        assertEquals("Our meeting", links().get(0).title());
    }

    @Test
    public void shouldUnlinkAPageThatLostTheMeetingLabel() {
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        listener.onPageCreate(new PageCreateEvent(this, page));

        page.getLabels().clear();
        listener.onPageUpdate(updated(page));

        assertEquals(List.of(), links());
    }

    @Test
    public void shouldMarkTrashedMeetingsAndCountThemAgainWhenRestoredAndForgetThemWhenPurged() {
        Page first = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        Page second = meeting(102L, "MENT", "2026-03-16 Mentoring meeting");
        listener.onPageCreate(new PageCreateEvent(this, first));
        listener.onPageCreate(new PageCreateEvent(this, second));

        listener.onPageTrashed(new PageTrashedEvent(this, second, null, false));
        assertTrue(meetings.findByPageId(102L).orElseThrow().trashed());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").figures().meetingDates());

        listener.onPageRestore(new PageRestoreEvent(this, second));
        assertFalse(meetings.findByPageId(102L).orElseThrow().trashed());
        assertEquals(List.of(MARCH_9, MARCH_16), plans.getBySpaceKey("MENT").figures().meetingDates());

        listener.onPageRemove(new PageRemoveEvent(this, second));
        assertEquals(List.of(101L), links().stream().map(MeetingLink::pageId).toList());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    public void shouldChangeNothingWhenTheSameEventArrivesTwice() {
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        Page growthPlan = page(200L, "MENT", "Growth plan", "mentoring-growth-plan");
        growthPlan.setBodyAsString(Fixtures.read("storage/well-formed.xml"));
        Page home = page(300L, "MENT", "Mentoring");
        home.setBodyAsString(CHECKLISTS);
        List<Consumer<PageEventListener>> events = List.of(
                l -> l.onBlueprintPageCreate(fromBlueprint(page)),
                l -> l.onPageCreate(new PageCreateEvent(this, page)),
                l -> l.onPageUpdate(updated(page)),
                l -> l.onPageUpdate(updated(growthPlan)),
                l -> l.onPageUpdate(updated(home)),
                l -> l.onPageTrashed(new PageTrashedEvent(this, page, null, false)),
                l -> l.onPageRestore(new PageRestoreEvent(this, page)),
                l -> l.onPageRemove(new PageRemoveEvent(this, page)));
        for (Consumer<PageEventListener> event : events) {
            event.accept(listener);
            String once = indexRows();
            event.accept(listener);
            assertEquals(once, indexRows());
        }
        assertEquals(List.of(), links());
        assertEquals(2, goals.currentGoals(plan.id()).size());
    }

    /** The default mentee checklist and a checklist of three items written in its body. */
    private static final String CHECKLISTS = "<ac:structured-macro ac:name=\"mentoring-checklist\"/>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\">reading</ac:parameter>"
            + "<ac:rich-text-body><ul><li>Clean Code</li><li>The Pragmatic Programmer</li><li>Accelerate</li></ul>"
            + "</ac:rich-text-body></ac:structured-macro>";

    @Test
    public void shouldRecordTheItemsOfTheChecklistsOnASavedPageForThePlansFigures() throws Exception {
        Page home = page(300L, "MENT", "Mentoring");
        home.setBodyAsString(CHECKLISTS);

        listener.onPageCreate(new PageCreateEvent(this, home));

        assertEquals(10 + 3, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(List.of("mentee", "reading"), checklists.readAll(plan.id()).keySet().stream().sorted().toList());

        String tickedKey = checklists.read(plan.id(), "reading").resolve(List.of(ChecklistEntry.written("Accelerate"))).get(0).key();
        checklists.tick(plan.id(), "reading", StorageReader.read(CHECKLISTS).checklists().get("reading"), tickedKey, true, "u");
        home.setBodyAsString(CHECKLISTS.replace("<li>Clean Code</li>", ""));
        listener.onPageUpdate(updated(home));

        assertEquals(10 + 2, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(1, plans.getBySpaceKey("MENT").figures().checklistDone());
    }

    @Test
    public void shouldIgnorePagesOutsideMentoringSpacesAfterOnlyThePlanLookUp() {
        Page page = meeting(301L, "TEAM", "2026-03-09 Team meeting");
        page.getLabels().add(new Label("mentoring-growth-plan"));
        page.setBodyAsString(Fixtures.read("storage/well-formed.xml"));
        int before = revision();
        List<Consumer<PageEventListener>> events = List.of(
                l -> l.onBlueprintPageCreate(fromBlueprint(page)),
                l -> l.onPageCreate(new PageCreateEvent(this, page)),
                l -> l.onPageUpdate(updated(page)),
                l -> l.onPageTrashed(new PageTrashedEvent(this, page, null, false)),
                l -> l.onPageRestore(new PageRestoreEvent(this, page)),
                l -> l.onPageRemove(new PageRemoveEvent(this, page)));
        for (Consumer<PageEventListener> event : events) {
            try (StatementCounter.Recording recording = StatementCounter.record()) {
                event.accept(listener);
                assertEquals(recording.statements().toString(), 1, recording.count());
            }
        }
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select()));
        assertEquals(0, ao.count(GoalEntity.class, Query.select()));
        assertEquals(before, revision());
    }

    @Test
    public void shouldReplaceTheGoalIndexWhenTheGrowthPlanPageIsSaved() {
        Page growthPlan = page(200L, "MENT", "Growth plan", "mentoring-growth-plan");
        growthPlan.setBodyAsString(Fixtures.read("storage/nested-macros.xml"));

        listener.onBlueprintPageCreate(fromBlueprint(growthPlan));
        assertEquals(List.of("outer", "inner", "in-table"), goals.currentGoals(plan.id()).stream().map(Goal::goalKey).toList());

        growthPlan.setBodyAsString(Fixtures.read("storage/well-formed.xml"));
        listener.onPageUpdate(updated(growthPlan));
        assertEquals(List.of("public-speaking", "sql"), goals.currentGoals(plan.id()).stream().map(Goal::goalKey).toList());
        assertEquals(2, plans.getBySpaceKey("MENT").figures().goalsTotal());
    }

    @Test
    public void shouldLeaveTheGoalIndexAsItWasWhenThePageIsMalformed() {
        Page growthPlan = page(200L, "MENT", "Growth plan", "mentoring-growth-plan");
        growthPlan.setBodyAsString(Fixtures.read("storage/well-formed.xml"));
        listener.onPageUpdate(updated(growthPlan));
        String before = indexRows();

        growthPlan.setBodyAsString(Fixtures.read("storage/malformed.xml"));
        listener.onPageUpdate(updated(growthPlan));

        assertEquals(before, indexRows());
    }

    @Test
    public void shouldSkipASavedPageWholeWhenOneOfItsChecklistsCannotBeKept() {
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        page.setBodyAsString(CHECKLISTS + "<ac:structured-macro ac:name=\"mentoring-checklist\">"
                + "<ac:parameter ac:name=\"checklistId\">not an id</ac:parameter></ac:structured-macro>");
        String before = indexRows();

        listener.onPageCreate(new PageCreateEvent(this, page));

        assertEquals(before, indexRows());
        assertEquals(List.of(), links());
    }

    @Test
    public void shouldSkipASavedMeetingPageWholeWhenItIsNotWellFormed() {
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        listener.onPageCreate(new PageCreateEvent(this, page));
        String before = indexRows();

        page.setTitle("2026-03-10 Mentoring meeting");
        page.setBodyAsString(CHECKLISTS + "<p>Unclosed");
        listener.onPageUpdate(updated(page));

        assertEquals(before, indexRows());
        assertEquals(List.of(MARCH_9), links().stream().map(MeetingLink::meetingDate).toList());
    }

    @Test
    public void shouldLeaveTheIndexAsItWasWhenAMeetingDateIsOutOfRange() {
        listener.onPageCreate(new PageCreateEvent(this, meeting(101L, "MENT", "1999-12-31 Old meeting")));

        assertEquals(List.of(), links());
    }

    @Test
    public void shouldUnlinkAMeetingMovedToASpaceWithoutPlanAndLinkOneMovedIn() {
        Space ment = confluence.spaceManager().getSpace("MENT");
        Space team = confluence.spaceManager().getSpace("TEAM");
        Page page = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        listener.onPageCreate(new PageCreateEvent(this, page));

        page.setSpace(team);
        listener.onPageMove(moved(page, ment));
        assertEquals(List.of(), links());

        page.setSpace(ment);
        listener.onPageMove(moved(page, team));
        assertEquals(List.of(101L), links().stream().map(MeetingLink::pageId).toList());
    }

    private static PageMoveEvent moved(Page page, Space from) {
        PageMoveEvent event = mock(PageMoveEvent.class);
        when(event.getPage()).thenReturn(page);
        when(event.isMovedSpace()).thenReturn(true);
        when(event.getOldSpace()).thenReturn(from);
        return event;
    }

    @Test
    public void shouldRebuildTheSameRowsFromThePagesTwice() {
        Page kept = meeting(101L, "MENT", "2026-03-09 Mentoring meeting");
        Page unindexed = meeting(102L, "MENT", "2026-03-16 Mentoring meeting");
        Page trashed = meeting(103L, "MENT", "2026-03-02 Mentoring meeting");
        Page growthPlan = page(200L, "MENT", "Growth plan", "mentoring-growth-plan");
        growthPlan.setBodyAsString(Fixtures.read("storage/well-formed.xml"));
        Page home = page(300L, "MENT", "Mentoring");
        home.setBodyAsString(CHECKLISTS);
        listener.onPageCreate(new PageCreateEvent(this, kept));
        listener.onPageCreate(new PageCreateEvent(this, trashed));
        checklists.syncItems(plan.id(), "dropped", List.of(ChecklistEntry.written("No page holds this checklist")));
        meetings.link(plan.id(), 999L, MARCH_9, "2026-03-09 Purged meeting");
        trashed.setContentStatus("deleted");
        List<Page> pages = List.of(kept, unindexed, trashed, growthPlan, home);
        when(confluence.pageManager().getPages(any(Space.class), anyBoolean()))
                .thenAnswer(call -> pages.stream().filter(Page::isCurrent).toList());
        PageIndexer indexer = new PageIndexer(plans, goals, meetings, checklists, confluence.pageManager(), confluence.spaceManager());

        var first = indexer.rebuild("MENT");
        String rows = indexRows();
        var second = indexer.rebuild("MENT");

        assertEquals(rows, indexRows());
        assertEquals(List.of(2, 1, 1, 200, 2), Arrays.asList(first.meetingsLinked(), first.meetingsTrashed(),
                first.meetingsUnlinked(), (int) first.growthPlanPageId(), first.goals()));
        assertEquals(List.of(2, 1, 0, 200, 2), Arrays.asList(second.meetingsLinked(), second.meetingsTrashed(),
                second.meetingsUnlinked(), (int) second.growthPlanPageId(), second.goals()));
        assertEquals(List.of(103L, 101L, 102L), links().stream().map(MeetingLink::pageId).toList());
        assertTrue(meetings.findByPageId(103L).orElseThrow().trashed());
        assertEquals(10 + 3, plans.getBySpaceKey("MENT").figures().checklistItems());
    }
}
