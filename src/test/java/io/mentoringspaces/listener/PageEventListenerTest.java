package io.mentoringspaces.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.blueprint.BlueprintKeys;
import io.mentoringspaces.blueprint.WizardFields;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.EventRecorder;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.index.RebuildResult;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.Fixtures;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The events the test Confluence publishes when people create, edit, label, move, trash, restore and
 * purge pages keep the meeting links, the goal index and the checklists in step, on the real
 * database; the app runs in the test Confluence as Confluence starts it.
 */
public class PageEventListenerTest extends DatabaseTest {

    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);
    private static final Label MEETING = new Label("mentoring-meeting");
    private static final Label GROWTH_PLAN = new Label("mentoring-growth-plan");

    /** The default mentee checklist and a checklist of three items written in its body. */
    private static final String CHECKLISTS = "<ac:structured-macro ac:name=\"mentoring-checklist\"/>"
            + "<ac:structured-macro ac:name=\"mentoring-checklist\"><ac:parameter ac:name=\"checklistId\">reading</ac:parameter>"
            + "<ac:rich-text-body><ul><li>Clean Code</li><li>The Pragmatic Programmer</li><li>Accelerate</li></ul>"
            + "</ac:rich-text-body></ac:structured-macro>";

    private final EventRecorder recorder = new EventRecorder();
    private ConfluenceDouble confluence;
    private GrowthPlan plan;
    private Space ment;
    private Space team;

    @Before
    public void givenAMentoringSpaceAndAnOrdinarySpace() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        confluence.user("mia", "Mia Mentee");
        plan = givenPlan("MENT");
        ment = confluence.space("MENT", "Mentoring");
        team = confluence.space("TEAM", "Team space");
        confluence.events().register(recorder);
        confluence.loginAs("mia");
    }

    @After
    public void stopConfluence() {
        confluence.loginAs(null);
        confluence.close();
    }

    /** A page made in the editor, with labels given to it before it is published. */
    private Page page(Space space, String title, String body, Label... labels) {
        return confluence.editor().createPage(space.getKey(), null, title, body, labels);
    }

    private Page meeting(String title) {
        return page(ment, title, "<p/>", MEETING);
    }

    /** A page of the space made from the Mentoring meeting blueprint for that date. */
    private Page fromBlueprint(Space space, String meetingDate) {
        return confluence.createContent().createPage(BlueprintKeys.MEETING_BLUEPRINT, space, null,
                Map.of(WizardFields.MEETING_DATE, meetingDate));
    }

    private List<MeetingLink> links() {
        return meetings.meetings(plan.id());
    }

    private List<Long> linkedPages() {
        return links().stream().map(MeetingLink::pageId).toList();
    }

    private List<String> goalKeys() {
        return goals.currentGoals(plan.id()).stream().map(Goal::goalKey).toList();
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

    /** The events published while {@code action} ran, as Confluence published them. */
    private List<Object> eventsOf(Runnable action) {
        recorder.clear();
        action.run();
        return recorder.received();
    }

    @Test
    public void shouldFollowThePagesWhileTheAppIsStartedAndNoLongerOnceItIsStopped() {
        Page first = meeting("2026-03-09 Mentoring meeting");
        assertEquals(List.of(first.getId()), linkedPages());

        confluence.app().close();
        meeting("2026-03-16 Mentoring meeting");

        assertEquals(List.of(first.getId()), linkedPages());
    }

    @Test
    public void shouldLinkAPageCreatedFromTheMeetingBlueprintByItsIndexKeyLabelWithTheDateOfItsTitle() {
        Page page = fromBlueprint(ment, "2026-03-16");

        assertEquals(List.of(page.getId()), linkedPages());
        MeetingLink link = links().get(0);
        assertEquals(MARCH_16, link.meetingDate());
        assertEquals("2026-03-16 Mentoring meeting", link.title());
        assertEquals(List.of(MARCH_16), plans.getBySpaceKey("MENT").figures().meetingDates());
        assertEquals(List.of(), confluence.events().failures());
    }

    @Test
    public void shouldLinkLabelledPagesCreatedOrCopiedAnotherWayAndIgnoreUnlabelledOnes() {
        Page folder = page(ment, "Meetings", "<p/>");
        Page imported = meeting("2026-03-09 Imported meeting");
        Page copy = confluence.editor().copyHierarchy(imported, folder, title -> "2026-03-16 Copy of meeting");
        page(ment, "2026-03-20 Notes", "<p/>");
        page(ment, "2026-03-21 Other", "<p/>", new Label("other-blueprint"));

        assertEquals(List.of(imported.getId(), copy.getId()), linkedPages());
        assertEquals(List.of(MARCH_9, MARCH_16), links().stream().map(MeetingLink::meetingDate).toList());
    }

    @Test
    public void shouldFollowTitleAndDateEditsAndKeepTheDateOfATitleThatLostIt() {
        Page page = meeting("2026-03-09 Mentoring meeting");

        confluence.editor().rename(page, "2026-03-16 Mentoring meeting, moved");
        assertEquals(List.of(MARCH_16), links().stream().map(MeetingLink::meetingDate).toList());
        assertEquals("2026-03-16 Mentoring meeting, moved", links().get(0).title());

        confluence.editor().rename(page, "Our meeting");
        assertEquals(MARCH_16, links().get(0).meetingDate());
        assertEquals("Our meeting", links().get(0).title());
    }

    @Test
    public void shouldLinkAPageLabelledAsAMeetingAfterItWasCreated() {
        Page page = page(ment, "2026-03-09 Notes", "<p/>");
        assertEquals(List.of(), links());

        confluence.editor().addLabel(page, MEETING);

        assertEquals(List.of(page.getId()), linkedPages());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    public void shouldUnlinkAPageWhoseMeetingLabelIsRemoved() {
        Page page = meeting("2026-03-09 Mentoring meeting");

        confluence.editor().removeLabel(page, MEETING);

        assertEquals(List.of(), links());
        assertEquals(List.of(), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    public void shouldIndexTheGoalsOfAPageLabelledAsTheGrowthPlanAfterItWasCreatedAndKeepThemWhenTheLabelGoes() {
        Page page = page(ment, "Our plan", Fixtures.read("storage/well-formed.xml"));
        assertEquals(List.of(), goalKeys());

        confluence.editor().addLabel(page, GROWTH_PLAN);
        assertEquals(List.of("public-speaking", "sql"), goalKeys());

        confluence.editor().removeLabel(page, GROWTH_PLAN);
        assertEquals(List.of("public-speaking", "sql"), goalKeys());
    }

    @Test
    public void shouldIgnoreOtherLabelsAndLabelsOfPagesOutsideMentoringSpaces() {
        Page page = meeting("2026-03-09 Mentoring meeting");
        Page other = page(team, "2026-03-09 Team meeting", "<p/>");
        String before = indexRows();

        confluence.editor().addLabel(page, new Label("retro"));
        confluence.editor().removeLabel(page, new Label("retro"));
        confluence.editor().addLabel(other, MEETING);

        assertEquals(before, indexRows());
    }

    @Test
    public void shouldUnlinkAtItsNextSaveAMeetingWhoseLabelWentWhileTheAppWasDisabled() {
        Page page = meeting("2026-03-09 Mentoring meeting");
        PageEventListener listener = confluence.app().bean("pageEventListener", PageEventListener.class);
        listener.unregister();
        confluence.editor().removeLabel(page, MEETING);
        listener.register();
        assertEquals(List.of(page.getId()), linkedPages());

        confluence.editor().saveNewVersion(page, "<p>Notes</p>");

        assertEquals(List.of(), links());
    }

    @Test
    public void shouldMarkTrashedMeetingsAndCountThemAgainWhenRestoredAndForgetThemWhenPurged() {
        Page first = meeting("2026-03-09 Mentoring meeting");
        Page second = meeting("2026-03-16 Mentoring meeting");

        confluence.editor().trash(second);
        assertTrue(meetings.findByPageId(second.getId()).orElseThrow().trashed());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").figures().meetingDates());

        confluence.editor().restore(second);
        assertFalse(meetings.findByPageId(second.getId()).orElseThrow().trashed());
        assertEquals(List.of(MARCH_9, MARCH_16), plans.getBySpaceKey("MENT").figures().meetingDates());

        confluence.editor().trash(second);
        confluence.editor().purge(second);
        assertEquals(List.of(first.getId()), linkedPages());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").figures().meetingDates());
    }

    @Test
    public void shouldChangeNothingWhenTheSameEventArrivesTwice() {
        Map<String, Runnable> actions = new LinkedHashMap<>();
        Page[] pages = new Page[3];
        actions.put("meeting from the blueprint", () -> pages[0] = fromBlueprint(ment, "2026-03-09"));
        actions.put("growth plan", () -> pages[1] = page(ment, "Growth plan", Fixtures.read("storage/nested-macros.xml"),
                GROWTH_PLAN));
        actions.put("home", () -> pages[2] = page(ment, "Mentoring", "<p/>"));
        actions.put("meeting saved", () -> confluence.editor().saveNewVersion(pages[0], "<p>Notes</p>"));
        actions.put("growth plan saved", () -> confluence.editor().saveNewVersion(pages[1], Fixtures.read("storage/well-formed.xml")));
        actions.put("home saved", () -> confluence.editor().saveNewVersion(pages[2], CHECKLISTS));
        actions.put("home labelled", () -> confluence.editor().addLabel(pages[2], MEETING));
        actions.put("home unlabelled", () -> confluence.editor().removeLabel(pages[2], MEETING));
        actions.put("meeting trashed", () -> confluence.editor().trash(pages[0]));
        actions.put("meeting restored", () -> confluence.editor().restore(pages[0]));
        actions.put("meeting purged", () -> {
            confluence.editor().trash(pages[0]);
            confluence.editor().purge(pages[0]);
        });
        for (Map.Entry<String, Runnable> action : actions.entrySet()) {
            List<Object> events = eventsOf(action.getValue());
            String once = indexRows();

            events.forEach(confluence.events()::publish);

            assertEquals(action.getKey(), once, indexRows());
        }
        assertEquals(List.of(), links());
        assertEquals(List.of("public-speaking", "sql"), goalKeys());
        assertEquals(10 + 3, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(List.of(), confluence.events().failures());
    }

    @Test
    public void shouldRecordTheItemsOfTheChecklistsOnASavedPageForThePlansFigures() throws Exception {
        Page home = page(ment, "Mentoring", CHECKLISTS);

        assertEquals(10 + 3, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(List.of("mentee", "reading"), checklists.readAll(plan.id()).keySet().stream().sorted().toList());

        String tickedKey = checklists.read(plan.id(), "reading").resolve(List.of(ChecklistEntry.written("Accelerate"))).get(0).key();
        checklists.tick(plan.id(), "reading", StorageReader.read(CHECKLISTS).checklists().get("reading"), tickedKey, true, "u");
        confluence.editor().saveNewVersion(home, CHECKLISTS.replace("<li>Clean Code</li>", ""));

        assertEquals(10 + 2, plans.getBySpaceKey("MENT").figures().checklistItems());
        assertEquals(1, plans.getBySpaceKey("MENT").figures().checklistDone());
    }

    @Test
    public void shouldIgnorePagesOutsideMentoringSpacesAfterOnlyThePlanLookUp() {
        int before = revision();
        Page[] pages = new Page[2];
        List<Runnable> actions = List.of(
                () -> pages[0] = fromBlueprint(team, "2026-03-09"),
                () -> pages[1] = page(team, "Growth plan", Fixtures.read("storage/well-formed.xml"), GROWTH_PLAN),
                () -> confluence.editor().saveNewVersion(pages[0], "<p>Notes</p>"),
                () -> confluence.editor().saveNewVersion(pages[1], Fixtures.read("storage/nested-macros.xml")),
                () -> confluence.editor().removeLabel(pages[0], MEETING),
                () -> confluence.editor().addLabel(pages[0], MEETING),
                () -> confluence.editor().move(pages[0], team, pages[1]),
                () -> confluence.editor().trash(pages[0]),
                () -> confluence.editor().restore(pages[0]),
                () -> confluence.editor().trash(pages[0]),
                () -> confluence.editor().purge(pages[0]));
        List<String> handled = new ArrayList<>();
        for (Runnable action : actions) {
            for (Object event : eventsOf(action)) {
                try (StatementCounter.Recording recording = StatementCounter.record()) {
                    confluence.events().publish(event);
                    assertEquals(event + ": " + recording.statements(), 1, recording.count());
                }
                handled.add(event.getClass().getSimpleName());
            }
        }
        assertEquals(List.of("LabelAddEvent", "PageCreateEvent", "BlueprintPageCreateEvent", "LabelAddEvent", "PageCreateEvent",
                "PageUpdateEvent", "PageUpdateEvent", "LabelRemoveEvent", "LabelAddEvent", "PageMoveEvent", "PageTrashedEvent",
                "PageRestoreEvent", "PageTrashedEvent", "PageRemoveEvent"), handled);
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select()));
        assertEquals(0, ao.count(GoalEntity.class, Query.select()));
        assertEquals(before, revision());
    }

    @Test
    public void shouldReplaceTheGoalIndexWhenTheGrowthPlanPageIsSaved() {
        Page growthPlan = page(ment, "Growth plan", Fixtures.read("storage/nested-macros.xml"), GROWTH_PLAN);
        assertEquals(List.of("outer", "inner", "in-table"), goalKeys());

        confluence.editor().saveNewVersion(growthPlan, Fixtures.read("storage/well-formed.xml"));

        assertEquals(List.of("public-speaking", "sql"), goalKeys());
        assertEquals(2, plans.getBySpaceKey("MENT").figures().goalsTotal());
    }

    @Test
    public void shouldLeaveTheGoalIndexAsItWasWhenThePageIsMalformed() {
        Page growthPlan = page(ment, "Growth plan", Fixtures.read("storage/well-formed.xml"), GROWTH_PLAN);
        String before = indexRows();

        confluence.editor().saveNewVersion(growthPlan, Fixtures.read("storage/malformed.xml"));

        assertEquals(before, indexRows());
    }

    @Test
    public void shouldSkipASavedPageWholeWhenOneOfItsChecklistsCannotBeKept() {
        String before = indexRows();

        page(ment, "2026-03-09 Mentoring meeting", CHECKLISTS + "<ac:structured-macro ac:name=\"mentoring-checklist\">"
                + "<ac:parameter ac:name=\"checklistId\">not an id</ac:parameter></ac:structured-macro>", MEETING);

        assertEquals(before, indexRows());
        assertEquals(List.of(), links());
    }

    @Test
    public void shouldSkipASavedMeetingPageWholeWhenItIsNotWellFormed() {
        Page page = meeting("2026-03-09 Mentoring meeting");
        String before = indexRows();

        confluence.editor().saveNewVersion(page, "2026-03-10 Mentoring meeting", CHECKLISTS + "<p>Unclosed");

        assertEquals(before, indexRows());
        assertEquals(List.of(MARCH_9), links().stream().map(MeetingLink::meetingDate).toList());
    }

    @Test
    public void shouldLeaveTheIndexAsItWasWhenAMeetingDateIsOutOfRange() {
        meeting("1999-12-31 Old meeting");

        assertEquals(List.of(), links());
    }

    @Test
    public void shouldUnlinkAMeetingMovedToASpaceWithoutPlanAndLinkOneMovedIn() {
        Page page = meeting("2026-03-09 Mentoring meeting");

        confluence.editor().move(page, team, null);
        assertEquals(List.of(), links());

        confluence.editor().move(page, ment, null);
        assertEquals(List.of(page.getId()), linkedPages());
    }

    @Test
    public void shouldRebuildTheSameRowsFromThePagesTwice() {
        confluence.page(101, "MENT", null, "2026-03-09 Mentoring meeting", "<p/>");
        confluence.page(102, "MENT", null, "2026-03-16 Mentoring meeting", "<p/>");
        confluence.page(103, "MENT", null, "2026-03-02 Mentoring meeting", "<p/>").setContentStatus("deleted");
        confluence.page(200, "MENT", null, "Growth plan", Fixtures.read("storage/well-formed.xml"));
        confluence.page(300, "MENT", null, "Mentoring", CHECKLISTS);
        confluence.label(101, MEETING.getName());
        confluence.label(102, MEETING.getName());
        confluence.label(103, MEETING.getName());
        confluence.label(200, GROWTH_PLAN.getName());
        meetings.link(plan.id(), 101L, MARCH_9, "2026-03-09 Mentoring meeting");
        meetings.link(plan.id(), 103L, LocalDate.of(2026, 3, 2), "2026-03-02 Mentoring meeting");
        meetings.link(plan.id(), 999L, MARCH_9, "2026-03-09 Purged meeting");
        checklists.syncItems(plan.id(), "dropped", List.of(ChecklistEntry.written("No page holds this checklist")));
        PageIndexer indexer = confluence.app().bean("pageIndexer", PageIndexer.class);

        RebuildResult first = indexer.rebuild("MENT");
        String rows = indexRows();
        RebuildResult second = indexer.rebuild("MENT");

        assertEquals(rows, indexRows());
        assertEquals(List.of(2, 1, 1, 200, 2), Arrays.asList(first.meetingsLinked(), first.meetingsTrashed(),
                first.meetingsUnlinked(), (int) first.growthPlanPageId(), first.goals()));
        assertEquals(List.of(2, 1, 0, 200, 2), Arrays.asList(second.meetingsLinked(), second.meetingsTrashed(),
                second.meetingsUnlinked(), (int) second.growthPlanPageId(), second.goals()));
        assertEquals(List.of(103L, 101L, 102L), linkedPages());
        assertTrue(meetings.findByPageId(103L).orElseThrow().trashed());
        assertEquals(10 + 3, plans.getBySpaceKey("MENT").figures().checklistItems());
    }

    @Test
    public void shouldLeaveAClosedMentorshipsIndexAsItWasAndRefuseToRebuildIt() {
        Page held = meeting("2026-03-09 Mentoring meeting");
        plans.close(plan.id(), plan.menteeKey(), held.getId());
        String rows = indexRows();
        PageIndexer indexer = confluence.app().bean("pageIndexer", PageIndexer.class);

        Page written = meeting("2026-03-16 Mentoring meeting");
        confluence.editor().saveNewVersion(held, "2026-03-10 Mentoring meeting", CHECKLISTS);
        confluence.editor().trash(held);
        page(ment, "Growth plan", Fixtures.read("storage/well-formed.xml"), GROWTH_PLAN);
        ConflictException refused = assertThrows(ConflictException.class, () -> indexer.rebuild("MENT"));

        assertEquals(rows, indexRows());
        assertEquals("This mentorship was closed on 2026-03-16: its plan and figures stay as they were. Reopen it to change them.",
                refused.getMessage());
        plans.reopen(plan.id());
        indexer.rebuild("MENT");
        assertEquals(List.of(held.getId(), written.getId()), linkedPages());
        assertTrue(meetings.findByPageId(held.getId()).orElseThrow().trashed());
        assertEquals(2, goalKeys().size());
    }
}
