package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.CarriedActionItem;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingPageItems;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.model.WrittenItem;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The action items the index keeps of a plan's meeting pages, on the real database: the open items of
 * the meetings before a meeting (by effective date, never that page's or later ones), their completion
 * and the pair's figures, and the fixed number of statements each read and each unchanged page takes.
 */
public class ActionItemServiceTest extends DatabaseTest {

    private static final Instant SAVED = Instant.parse("2026-03-10T09:00:00Z");

    private ActionItemService actionItems;
    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        actionItems = new ActionItemService(ao, new Changes(ao), CLOCK);
        plan = givenPlan("MENT");
    }

    private void givenMeeting(long pageId, LocalDate date, PageTask... tasks) {
        meetings.link(plan.id(), pageId, date, date + " Mentoring meeting");
        save(pageId, SAVED, tasks);
    }

    private void save(long pageId, Instant savedAt, PageTask... tasks) {
        meetings.syncPage(pageId, new MeetingPageContent(false, savedAt, List.of(tasks), Map.of(), List.of()));
    }

    private static PageTask open(String id, String text) {
        return new PageTask(id, false, text, null, null);
    }

    private static List<String> texts(List<CarriedActionItem> items) {
        return items.stream().map(carried -> carried.item().pageId() + ":" + carried.item().text()).toList();
    }

    private PracticeFigures practice() {
        return plans.getBySpaceKey("MENT").practice();
    }

    /** A meeting page holding tasks and the mentor's suggestions. */
    private void givenMeetingWithSuggestions(long pageId, LocalDate date, List<String> suggestions, PageTask... tasks) {
        meetings.link(plan.id(), pageId, date, date + " Mentoring meeting");
        meetings.syncPage(pageId, new MeetingPageContent(false, SAVED, List.of(tasks), Map.of(),
                suggestions.stream().map(text -> new WrittenItem(ChecklistEntry.written(text), text)).toList()));
    }

    @Test
    public void shouldReadTheOpenItemsOfEarlierMeetingsAndThePagesOwnSuggestionsInOneStatement() {
        givenMeetingWithSuggestions(301, LocalDate.of(2026, 3, 2), List.of("Earlier suggestion"), open("1", "Carried"),
                new PageTask("2", true, "Done before", null, null));
        givenMeetingWithSuggestions(302, LocalDate.of(2026, 3, 9), List.of("Lead with the decision", "Ask for examples"),
                open("1", "This page's own"));
        givenMeetingWithSuggestions(303, LocalDate.of(2026, 3, 16), List.of("Later suggestion"), open("1", "Later"));
        List<io.mentoringspaces.model.MeetingLink> read = meetings.meetings(plan.id());

        MeetingPageItems[] items = new MeetingPageItems[1];
        int statements = statements(() -> items[0] = actionItems.pageItems(plan.id(), 302, read));

        assertEquals(1, statements);
        assertEquals(List.of("301:Carried"), texts(items[0].carried()));
        assertEquals(List.of("Lead with the decision", "Ask for examples"),
                items[0].suggestions().stream().map(Suggestion::text).toList());
        assertEquals(new MeetingPageItems(List.of(), List.of()), actionItems.pageItems(plan.id(), 999, read));
    }

    @Test
    public void shouldListTheOpenItemsOfEarlierMeetingsOnlyByEffectiveDateOldestFirstInPageOrder() {
        givenMeeting(201, LocalDate.of(2026, 3, 2), open("1", "Draft the talk"), new PageTask("2", true, "Book", null, null),
                open("3", "Read a chapter"));
        givenMeeting(202, LocalDate.of(2026, 2, 23), open("1", "Oldest"));
        givenMeeting(203, LocalDate.of(2026, 3, 9), open("1", "Moved away"));
        givenMeeting(204, LocalDate.of(2026, 3, 16), open("1", "Today\u2019s own"));
        givenMeeting(205, LocalDate.of(2026, 3, 23), open("1", "Later"));
        givenMeeting(206, LocalDate.of(2026, 3, 5), open("1", "Trashed page"));
        meetings.setState(203, MeetingState.MOVED, LocalDate.of(2026, 3, 20), "mentee-MENT");
        meetings.trash(206);

        assertEquals(List.of("202:Oldest", "201:Draft the talk", "201:Read a chapter"), texts(actionItems.openBefore(plan.id(), 204)));
        assertEquals(List.of("202:Oldest", "201:Draft the talk", "201:Read a chapter", "204:Today\u2019s own", "203:Moved away"),
                texts(actionItems.openBefore(plan.id(), 205)));
        assertEquals(LocalDate.of(2026, 3, 20), actionItems.openBefore(plan.id(), 205).get(4).meetingDate());
        assertEquals(List.of(), actionItems.openBefore(plan.id(), 202));
        assertEquals(List.of(), actionItems.openBefore(plan.id(), 999));
        assertEquals(List.of(), actionItems.openBefore(givenPlan("OTHER").id(), 204));
    }

    @Test
    public void shouldKeepOneRowPerTaskFollowingThePageAndRecordWhenATaskWasFirstSeenComplete() {
        givenMeeting(201, LocalDate.of(2026, 3, 2), new PageTask("1", false, "Draft", "key-mia", LocalDate.of(2026, 3, 6)),
                open("2", "Removed later"));
        Instant later = Instant.parse("2026-03-12T08:00:00Z");

        save(201, later, new PageTask("1", true, "Draft the talk", "key-max", LocalDate.of(2026, 3, 13)), open("3", "New"));

        assertEquals(new ActionItem(201, "1", "Draft the talk", "key-max", LocalDate.of(2026, 3, 13), true, later, 0),
                actionItems.find(201, "1").orElseThrow());
        assertTrue(actionItems.find(201, "2").isEmpty());
        assertEquals(new ActionItem(201, "3", "New", null, null, false, null, 1), actionItems.find(201, "3").orElseThrow());

        save(201, Instant.parse("2026-03-14T08:00:00Z"), new PageTask("1", true, "Draft the talk", "key-max",
                LocalDate.of(2026, 3, 13)), open("3", "New"));
        assertEquals(later, actionItems.find(201, "1").orElseThrow().completedAt());
    }

    @Test
    public void shouldCountItemsDoneAndDoneByTheirDueDateOfPagesNotInTheTrash() {
        givenMeeting(201, LocalDate.of(2026, 3, 2), new PageTask("1", true, "On time", null, LocalDate.of(2026, 3, 10)),
                new PageTask("2", true, "Late", null, LocalDate.of(2026, 3, 9)), new PageTask("3", true, "No due date", null, null),
                open("4", "Open"));
        givenMeeting(202, LocalDate.of(2026, 3, 9), new PageTask("1", true, "Trashed", null, null));
        meetings.trash(202);

        PracticeFigures practice = practice();

        assertEquals(List.of(4, 3, 2), List.of(practice.itemsTotal(), practice.itemsDone(), practice.itemsOnTime()));
    }

    @Test
    public void shouldRecordTheCompletionTheAppMadeAndItsReopening() {
        givenMeeting(201, LocalDate.of(2026, 3, 2), open("1", "Draft"));

        ActionItem done = actionItems.recordStatus(201, "1", true);

        assertEquals(Instant.parse("2026-03-16T10:15:30Z"), done.completedAt());
        assertEquals(1, practice().itemsDone());
        assertEquals(done, actionItems.recordStatus(201, "1", true));
        ActionItem reopened = actionItems.recordStatus(201, "1", false);
        assertEquals(List.of(false, 0), Arrays.asList(reopened.done(), practice().itemsDone()));
        assertEquals(null, reopened.completedAt());
        assertThrows(NotFoundException.class, () -> actionItems.recordStatus(201, "9", true));
        assertThrows(InvalidInputException.class, () -> actionItems.recordStatus(201, "no spaces", true));
    }

    @Test
    public void shouldRefuseAPageWithMoreTasksThanTheLimitAndKeepItsRows() {
        givenMeeting(201, LocalDate.of(2026, 3, 2), open("1", "Kept"));
        List<PageTask> tasks = new ArrayList<>();
        for (int i = 0; i <= Limits.TASKS_PER_PAGE; i++) {
            tasks.add(open("t" + i, "Task " + i));
        }

        assertThrows(InvalidInputException.class, () -> save(201, SAVED, tasks.toArray(PageTask[]::new)));
        assertEquals("Kept", actionItems.find(201, "1").orElseThrow().text());
    }

    /** A plan with {@code count} weekly meetings before 16 March 2026, each with two tasks, one open. */
    private GrowthPlan givenMeetings(String spaceKey, int count, long firstPage) {
        GrowthPlan seeded = givenPlan(spaceKey);
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2026, 3, 16).minusWeeks(count - i);
            meetings.link(seeded.id(), firstPage + i, date, date + " Mentoring meeting");
            meetings.syncPage(firstPage + i, new MeetingPageContent(false, SAVED,
                    List.of(open("1", "Open " + i), new PageTask("2", true, "Done " + i, null, null)), Map.of(), List.of()));
        }
        meetings.link(seeded.id(), firstPage + count, LocalDate.of(2026, 3, 16), "2026-03-16 Mentoring meeting");
        return seeded;
    }

    private static int statements(Runnable work) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            work.run();
            return recording.count();
        }
    }

    @Test
    public void shouldReadTheOpenItemsOfEarlierMeetingsInAFixedNumberOfStatements() {
        GrowthPlan small = givenMeetings("SMALL", 1, 1000);
        GrowthPlan large = givenMeetings("LARGE", 200, 2000);

        assertEquals(1, actionItems.openBefore(small.id(), 1001).size());
        assertEquals(200, actionItems.openBefore(large.id(), 2200).size());
        int one = statements(() -> actionItems.openBefore(small.id(), 1001));
        int many = statements(() -> actionItems.openBefore(large.id(), 2200));
        assertEquals("the plan's meetings, then its open items", 2, one);
        assertEquals(one, many);

        List<io.mentoringspaces.model.MeetingLink> read = meetings.meetings(large.id());
        assertEquals("the open items and the page's suggestions, with the meetings read already", 1,
                statements(() -> actionItems.pageItems(large.id(), 2200, read).carried()));
    }

    @Test
    public void shouldCheckAnUnchangedMeetingPageInAFixedNumberOfStatementsAndWriteNothing() {
        givenMeetings("SMALL", 1, 1000);
        givenMeetings("LARGE", 200, 2000);
        MeetingPageContent small = new MeetingPageContent(false, SAVED, List.of(open("1", "Open 0"),
                new PageTask("2", true, "Done 0", null, null)), Map.of(), List.of());
        MeetingPageContent large = new MeetingPageContent(false, SAVED, List.of(open("1", "Open 199"),
                new PageTask("2", true, "Done 199", null, null)), Map.of(), List.of());

        int one = statements(() -> meetings.syncPage(1000, small));
        int many = statements(() -> meetings.syncPage(2199, large));

        assertEquals("the link, then the page's items of both kinds and its feedback", 3, one);
        assertEquals(one, many);
    }
}
