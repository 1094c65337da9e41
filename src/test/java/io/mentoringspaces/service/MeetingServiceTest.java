package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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

    @Test
    public void shouldStartEveryMeetingPlannedAtItsPagesDate() {
        MeetingLink link = meetings.link(plan.id(), 1L, MARCH_9, "Meeting");

        assertEquals(MeetingState.PLANNED, link.state());
        assertNull(link.stateBy());
        assertNull(link.stateAt());
        assertEquals(MARCH_9, link.effectiveDate());
        assertEquals(List.of(), plans.getBySpaceKey("MENT").heldDates());
    }

    @Test
    public void shouldConfirmAMeetingHeldWithWhoAndWhenAndCountItAtItsDate() {
        meetings.link(plan.id(), 1L, MARCH_9, "Meeting");

        MeetingLink held = meetings.setState(1L, MeetingState.HELD, null, plan.mentorKey());

        assertEquals(MeetingState.HELD, held.state());
        assertEquals(plan.mentorKey(), held.stateBy());
        assertEquals(CLOCK.instant(), held.stateAt());
        GrowthPlan after = plans.getBySpaceKey("MENT");
        assertEquals(List.of(MARCH_9), after.heldDates());
        assertEquals(1, after.practice().held());
        assertEquals(held, meetings.findByPageId(1L).orElseThrow());
    }

    @Test
    public void shouldConfirmAMeetingHeldOnItsDayButNotBefore() {
        meetings.link(plan.id(), 1L, TODAY, "Today");
        meetings.link(plan.id(), 2L, TODAY.plusDays(1), "Tomorrow");

        assertEquals(MeetingState.HELD, meetings.setState(1L, MeetingState.HELD, null, plan.menteeKey()).state());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> meetings.setState(2L, MeetingState.HELD, null, plan.menteeKey()));

        assertEquals("state", refused.getField());
        assertEquals("mentoring.error.meeting.not.yet", refused.getMessageKey());
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(2L).orElseThrow().state());
    }

    @Test
    public void shouldLetOnlyTheMenteeOrTheMentorSayWhatBecameOfAMeeting() {
        meetings.link(plan.id(), 1L, MARCH_9, "Meeting");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> meetings.setState(1L, MeetingState.HELD, null, "someone-else"));

        assertEquals("mentoring.error.meeting.not.the.pair", refused.getMessageKey());
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(1L).orElseThrow().state());
        assertEquals(List.of(), plans.getBySpaceKey("MENT").heldDates());
    }

    @Test
    public void shouldRecordTheHoursOfNoticeOfACancellationFromTheStartOfTheDay() {
        meetings.link(plan.id(), 1L, TODAY.plusDays(2), "In two days");
        meetings.link(plan.id(), 2L, TODAY, "Today");

        MeetingLink early = meetings.setState(1L, MeetingState.CANCELLED, null, plan.menteeKey());
        MeetingLink late = meetings.setState(2L, MeetingState.CANCELLED, null, plan.mentorKey());

        assertEquals(37, early.noticeHours());
        assertFalse(early.cancelledLate());
        assertEquals(-10, late.noticeHours());
        assertTrue(late.cancelledLate());
        GrowthPlan after = plans.getBySpaceKey("MENT");
        assertEquals(2, after.practice().cancelled());
        assertEquals(1, after.practice().cancelledLate());
        assertEquals(50, after.practice().lateCancellationPercent());
    }

    @Test
    public void shouldCountTheNoticeUpToThePlansAgreedMeetingTime() {
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(18, 0), 45, null));
        meetings.link(plan.id(), 1L, TODAY.plusDays(1), "Tomorrow evening");

        MeetingLink cancelled = meetings.setState(1L, MeetingState.CANCELLED, null, plan.menteeKey());

        assertEquals(31, cancelled.noticeHours());
        assertFalse(cancelled.cancelledLate());
    }

    @Test
    public void shouldMoveAMeetingAndCountItHeldAtItsNewDate() {
        meetings.link(plan.id(), 1L, MARCH_2, "Meeting");

        MeetingLink moved = meetings.setState(1L, MeetingState.MOVED, MARCH_9, plan.menteeKey());
        meetings.rename(1L, MARCH_2, "Meeting renamed");
        MeetingLink held = meetings.setState(1L, MeetingState.HELD, null, plan.mentorKey());

        assertEquals(MARCH_9, moved.movedTo());
        assertEquals(MARCH_9, moved.effectiveDate());
        assertEquals(MARCH_2, held.meetingDate());
        assertEquals(MARCH_9, held.effectiveDate());
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").heldDates());
    }

    @Test
    public void shouldRefuseToMoveAMeetingToTheDateItIsOn() {
        meetings.link(plan.id(), 1L, MARCH_9, "Meeting");

        assertEquals("date", assertThrows(InvalidInputException.class,
                () -> meetings.setState(1L, MeetingState.MOVED, MARCH_9, plan.menteeKey())).getField());
        assertEquals("date", assertThrows(InvalidInputException.class,
                () -> meetings.setState(1L, MeetingState.MOVED, null, plan.menteeKey())).getField());
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(1L).orElseThrow().state());
    }

    @Test
    public void shouldOnlySetAHeldOrCancelledMeetingBackToPlanned() {
        givenHeldMeeting(plan, 1L, MARCH_9, "Held");
        meetings.link(plan.id(), 2L, MARCH_2, "Cancelled");
        meetings.setState(2L, MeetingState.CANCELLED, null, plan.menteeKey());

        ConflictException refused = assertThrows(ConflictException.class,
                () -> meetings.setState(1L, MeetingState.CANCELLED, null, plan.menteeKey()));
        assertEquals("mentoring.error.meeting.transition", refused.getMessageKey());
        assertThrows(ConflictException.class, () -> meetings.setState(2L, MeetingState.MOVED, MARCH_9, plan.menteeKey()));

        MeetingLink undone = meetings.setState(1L, MeetingState.PLANNED, null, plan.mentorKey());
        meetings.setState(2L, MeetingState.PLANNED, null, plan.mentorKey());

        assertEquals(MeetingState.PLANNED, undone.state());
        GrowthPlan after = plans.getBySpaceKey("MENT");
        assertEquals(List.of(), after.heldDates());
        assertEquals(0, after.practice().cancelled());
        assertEquals(0, meetings.findByPageId(2L).orElseThrow().noticeHours());
    }

    @Test
    public void shouldRefuseTheStateOfAnUnknownOrTrashedMeeting() {
        meetings.link(plan.id(), 1L, MARCH_9, "Meeting");
        meetings.trash(1L);

        assertThrows(NotFoundException.class, () -> meetings.setState(1L, MeetingState.HELD, null, plan.menteeKey()));
        assertThrows(NotFoundException.class, () -> meetings.setState(2L, MeetingState.HELD, null, plan.menteeKey()));
        assertEquals(MeetingState.PLANNED, meetings.findByPageId(1L).orElseThrow().state());
    }

    @Test
    public void shouldLeaveAHeldMeetingOutOfTheHeldDatesWhileItIsTrashed() {
        givenHeldMeeting(plan, 1L, MARCH_9, "Held");

        meetings.trash(1L);
        assertEquals(List.of(), plans.getBySpaceKey("MENT").heldDates());

        meetings.restore(1L);
        assertEquals(List.of(MARCH_9), plans.getBySpaceKey("MENT").heldDates());
    }

    /** What the index reads from a version of a meeting page with its aims written (or not), saved at {@code savedAt}. */
    private static MeetingPageContent aims(boolean written, Instant savedAt) {
        return new MeetingPageContent(written, savedAt, List.of(), Map.of(), List.of());
    }

    @Test
    public void shouldKeepWhenTheAimsWereFirstSavedAndCountAgendasSharedADayAhead() {
        givenHeldMeeting(plan, 1L, MARCH_9, "Prepared");
        givenHeldMeeting(plan, 2L, MARCH_2, "Late agenda");
        givenHeldMeeting(plan, 3L, TODAY, "No agenda");
        Instant dayBefore = Instant.parse("2026-03-08T00:00:00Z");

        meetings.syncPage(1L, aims(false, Instant.parse("2026-03-05T08:00:00Z")));
        meetings.syncPage(1L, aims(true, dayBefore));
        meetings.syncPage(1L, aims(true, Instant.parse("2026-03-09T08:00:00Z")));
        meetings.syncPage(2L, aims(true, Instant.parse("2026-03-01T00:00:01Z")));

        assertEquals(dayBefore, meetings.findByPageId(1L).orElseThrow().aimsSavedAt());
        assertNull(meetings.findByPageId(3L).orElseThrow().aimsSavedAt());
        GrowthPlan after = plans.getBySpaceKey("MENT");
        assertEquals(3, after.practice().held());
        assertEquals(1, after.practice().heldPrepared());
        assertEquals(33, after.practice().agendaPreparedPercent());
    }

    @Test
    public void shouldCountAnAgendaAsSharedADayAheadOfTheAgreedTime() {
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(17, 0), 60, null));
        givenHeldMeeting(plan, 1L, MARCH_9, "Prepared the evening before");

        meetings.syncPage(1L, aims(true, Instant.parse("2026-03-08T16:30:00Z")));

        assertEquals(1, plans.getBySpaceKey("MENT").practice().heldPrepared());
        plans.updateArrangement(plan.id(), new MeetingArrangement(LocalTime.of(16, 0), 60, null));
        assertEquals(0, plans.getBySpaceKey("MENT").practice().heldPrepared());
    }
}
