package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class MeetingServiceTest extends DatabaseTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        plan = givenPlan("MENT");
    }

    private List<LocalDate> figureDates(String spaceKey) {
        return plans.getBySpaceKey(spaceKey).figures().meetingDates();
    }

    @Test
    public void shouldLinkAMeetingPageAndKeepItsDateWithThePlan() {
        MeetingLink link = meetings.link(plan.id(), 1001L, MARCH_9, "2026-03-09 Mentoring meeting");

        assertEquals(plan.id(), link.planId());
        assertEquals(1001L, link.pageId());
        assertEquals(MARCH_9, link.meetingDate());
        assertFalse(link.trashed());
        assertEquals(List.of(link), meetings.meetings(plan.id()));
        assertEquals(List.of(MARCH_9), figureDates("MENT"));
    }

    @Test
    public void shouldChangeNothingWhenThePageIsLinkedTwice() {
        MeetingLink first = meetings.link(plan.id(), 1001L, MARCH_9, "Meeting");
        MeetingLink second = meetings.link(plan.id(), 1001L, MARCH_9, "Meeting");

        assertEquals(first, second);
        assertEquals(1, ao.count(MeetingLinkEntity.class, Query.select()));
    }

    @Test
    public void shouldListMeetingsByDateAndKeepDatesSorted() {
        meetings.link(plan.id(), 2L, MARCH_9, "Second");
        meetings.link(plan.id(), 1L, MARCH_2, "First");

        assertEquals(List.of(1L, 2L), meetings.meetings(plan.id()).stream().map(MeetingLink::pageId).toList());
        assertEquals(List.of(MARCH_2, MARCH_9), figureDates("MENT"));
    }

    @Test
    public void shouldRenameAndRedateALinkedPage() {
        meetings.link(plan.id(), 1001L, MARCH_2, "Old");

        MeetingLink renamed = meetings.rename(1001L, MARCH_9, "New").orElseThrow();

        assertEquals("New", renamed.title());
        assertEquals(MARCH_9, renamed.meetingDate());
        assertEquals(List.of(MARCH_9), figureDates("MENT"));
        assertTrue(meetings.rename(999L, MARCH_9, "Unlinked").isEmpty());
    }

    @Test
    public void shouldLeaveTrashedMeetingsOutOfTheFiguresAndCountThemAgainWhenRestored() {
        meetings.link(plan.id(), 1L, MARCH_2, "First");
        meetings.link(plan.id(), 2L, MARCH_9, "Second");

        assertTrue(meetings.trash(2L).orElseThrow().trashed());
        assertTrue(meetings.trash(2L).orElseThrow().trashed());
        assertEquals(List.of(MARCH_2), figureDates("MENT"));
        assertEquals(2, meetings.meetings(plan.id()).size());

        assertFalse(meetings.restore(2L).orElseThrow().trashed());
        assertEquals(List.of(MARCH_2, MARCH_9), figureDates("MENT"));
    }

    @Test
    public void shouldKeepATrashedLinkTrashedWhenItsPageIsLinkedAgain() {
        meetings.link(plan.id(), 1L, MARCH_2, "First");
        meetings.trash(1L);

        meetings.link(plan.id(), 1L, MARCH_2, "First");

        assertTrue(meetings.findByPageId(1L).orElseThrow().trashed());
        assertEquals(List.of(), figureDates("MENT"));
    }

    @Test
    public void shouldRemoveTheLinkOfAPurgedPageOnce() {
        meetings.link(plan.id(), 1L, MARCH_2, "First");

        assertTrue(meetings.unlink(1L));
        assertFalse(meetings.unlink(1L));
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select()));
        assertEquals(List.of(), figureDates("MENT"));
    }

    @Test
    public void shouldMoveAPageLinkedFromAnotherPlan() {
        GrowthPlan other = givenPlan("OTHER");
        meetings.link(plan.id(), 1L, MARCH_2, "Moved");

        MeetingLink moved = meetings.link(other.id(), 1L, MARCH_2, "Moved");

        assertEquals(other.id(), moved.planId());
        assertEquals(List.of(), figureDates("MENT"));
        assertEquals(List.of(MARCH_2), figureDates("OTHER"));
    }

    @Test
    public void shouldIgnoreTrashingAndRestoringUnlinkedPages() {
        assertTrue(meetings.trash(404L).isEmpty());
        assertTrue(meetings.restore(404L).isEmpty());
    }

    @Test
    public void shouldRefuseBadPageIdsDatesAndTitles() {
        assertEquals("pageId", assertThrows(InvalidInputException.class,
                () -> meetings.link(plan.id(), 0L, MARCH_2, "T")).getField());
        assertEquals("meetingDate", assertThrows(InvalidInputException.class,
                () -> meetings.link(plan.id(), 1L, LocalDate.of(2150, 1, 1), "T")).getField());
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> meetings.link(plan.id(), 1L, MARCH_2, "t".repeat(256))).getField());
        assertThrows(NotFoundException.class, () -> meetings.link(4711, 1L, MARCH_2, "T"));
        assertEquals(0, ao.count(MeetingLinkEntity.class, Query.select()));
    }
}
