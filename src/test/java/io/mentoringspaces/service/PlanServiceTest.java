package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.Closure;
import io.mentoringspaces.model.DefaultChecklist;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.Invitation;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Test;

public class PlanServiceTest extends DatabaseTest {

    private static NewPlan newPlan(String spaceKey, String programme, String mentee, String mentor, LocalDate start) {
        return new NewPlan(spaceKey, programme, mentee, "Mentee Name", mentor, "Mentor Name", start, Cadence.FORTNIGHTLY);
    }

    private int planRows() {
        return ao.count(GrowthPlanEntity.class, Query.select());
    }

    @Test
    public void shouldCreateAPlanWithEmptyFigures() {
        Programme programme = givenProgramme("grad");

        GrowthPlan plan = plans.create(newPlan("MENT", "grad", "u-mentee", "u-mentor", LocalDate.of(2026, 1, 12)));

        assertEquals(plan, plans.getBySpaceKey("MENT"));
        assertEquals(programme.id(), plan.programmeId());
        assertEquals("u-mentee", plan.menteeKey());
        assertEquals("Mentee Name", plan.menteeName());
        assertEquals("u-mentor", plan.mentorKey());
        assertEquals(LocalDate.of(2026, 1, 12), plan.startDate());
        assertEquals(Cadence.FORTNIGHTLY, plan.cadence());
        assertEquals(PlanStatus.INVITED, plan.status());
        assertEquals(new Invitation(CLOCK.instant(), null, null, null), plan.invitation());
        assertEquals(new PlanFigures(0, 0, 0, 0, 0, List.of()), plan.figures());
    }

    @Test
    public void shouldRecordTheSpacesMeetingsPageAndRefuseAPageIdThatIsNone() {
        givenProgramme("grad");
        GrowthPlan plan = plans.create(newPlan("MENT", "grad", "a", "b", TODAY));
        assertEquals(0, plan.meetingsPageId());

        assertEquals(4711, plans.recordMeetingsPage(plan.id(), 4711).meetingsPageId());
        assertEquals(4711, plans.getBySpaceKey("MENT").meetingsPageId());
        assertEquals("meetingsPageId", assertThrows(InvalidInputException.class, () -> plans.recordMeetingsPage(plan.id(), 0))
                .getField());
    }

    @Test
    public void shouldRefuseASecondPlanForTheSameSpace() {
        givenProgramme("grad");
        plans.create(newPlan("MENT", "grad", "a", "b", TODAY));

        ConflictException e = assertThrows(ConflictException.class,
                () -> plans.create(newPlan("MENT", "grad", "c", "d", TODAY)));

        assertEquals("spaceKey", e.getField());
        assertEquals(1, planRows());
        assertEquals("a", plans.getBySpaceKey("MENT").menteeKey());
    }

    @Test
    public void shouldRefuseTheMenteeAsMentor() {
        givenProgramme("grad");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "same", "same", TODAY)));

        assertEquals("mentor", e.getField());
        assertEquals("The mentor cannot be the mentee.", e.getMessage());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseAnUnknownOrArchivedProgramme() {
        givenProgramme("grad");
        programmes.archive("grad");

        assertEquals("programme", assertThrows(NotFoundException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", TODAY))).getField());
        assertEquals("programme", assertThrows(NotFoundException.class,
                () -> plans.create(newPlan("MENT", "other", "a", "b", TODAY))).getField());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseStartDatesOutOfRange() {
        givenProgramme("grad");

        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", LocalDate.of(1999, 12, 31))));
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", LocalDate.of(2100, 1, 1))));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", "b", null)));

        assertEquals("Start date must be between 2000-01-01 and 2099-12-31.", early.getMessage());
        assertEquals("startDate", late.getField());
        assertEquals("Start date is required.", missing.getMessage());
        assertEquals(0, planRows());
    }

    @Test
    public void shouldRefuseMissingPeopleAndCadence() {
        givenProgramme("grad");

        assertEquals("mentee", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", " ", "b", TODAY))).getField());
        assertEquals("mentor", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("MENT", "grad", "a", null, TODAY))).getField());
        assertEquals("cadence", assertThrows(InvalidInputException.class,
                () -> plans.create(new NewPlan("MENT", "grad", "a", null, "b", null, TODAY, null))).getField());
        assertEquals("spaceKey", assertThrows(InvalidInputException.class,
                () -> plans.create(newPlan("", "grad", "a", "b", TODAY))).getField());
    }

    private GrowthPlan givenInvitedPlan(LocalDate start) {
        givenProgramme("grad");
        return plans.create(newPlan("MENT", "grad", "u-mentee", "u-mentor", start));
    }

    @Test
    public void shouldMakeThePlanActiveWithItsCadenceFromTheDayTheMentorAccepted() {
        GrowthPlan plan = givenInvitedPlan(TODAY.minusWeeks(3));
        assertEquals(TODAY.minusWeeks(3), plan.cadenceStart());

        GrowthPlan accepted = plans.accept(plan.id());

        assertEquals(PlanStatus.ACTIVE, accepted.status());
        assertEquals(new Invitation(CLOCK.instant(), TODAY, null, null), accepted.invitation());
        assertEquals(TODAY, accepted.cadenceStart());
        assertEquals(accepted, plans.getBySpaceKey("MENT"));
    }

    @Test
    public void shouldKeepTheStartDateForTheCadenceWhenTheMentorAcceptedBeforeIt() {
        GrowthPlan plan = givenInvitedPlan(TODAY.plusWeeks(2));

        assertEquals(TODAY.plusWeeks(2), plans.accept(plan.id()).cadenceStart());
    }

    @Test
    public void shouldKeepThePlanInvitedWithTheReasonWhenTheMentorDeclines() {
        GrowthPlan plan = givenInvitedPlan(TODAY);

        GrowthPlan declined = plans.decline(plan.id(), "  I am away until June  ");

        assertEquals(PlanStatus.INVITED, declined.status());
        assertTrue(declined.invitation().declined());
        assertEquals(new Invitation(CLOCK.instant(), null, CLOCK.instant(), "I am away until June"), declined.invitation());
        assertEquals(new Invitation(CLOCK.instant(), null, CLOCK.instant(), null),
                plans.decline(givenPlanInvited("OTHER").id(), " ").invitation());
    }

    private GrowthPlan givenPlanInvited(String spaceKey) {
        return plans.create(newPlan(spaceKey, "grad", "u-mentee", "u-mentor", TODAY));
    }

    @Test
    public void shouldRefuseAnAnswerOnceTheInvitationWasAnswered() {
        GrowthPlan accepted = plans.accept(givenInvitedPlan(TODAY).id());
        GrowthPlan declined = plans.decline(givenPlanInvited("OTHER").id(), null);

        assertEquals("mentoring.error.invitation.closed",
                assertThrows(ConflictException.class, () -> plans.accept(accepted.id())).getMessageKey());
        assertThrows(ConflictException.class, () -> plans.decline(accepted.id(), null));
        assertThrows(ConflictException.class, () -> plans.accept(declined.id()));
        assertThrows(ConflictException.class, () -> plans.decline(declined.id(), "again"));
        assertEquals(PlanStatus.ACTIVE, plans.getBySpaceKey("MENT").status());
        assertEquals(PlanStatus.INVITED, plans.getBySpaceKey("OTHER").status());
    }

    @Test
    public void shouldRefuseADeclineReasonLongerThanTheLimitAndKeepTheInvitationOpen() {
        GrowthPlan plan = givenInvitedPlan(TODAY);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> plans.decline(plan.id(), "x".repeat(Limits.DECLINE_REASON + 1)));

        assertEquals("reason", e.getField());
        assertEquals(plan, plans.getBySpaceKey("MENT"));
    }

    @Test
    public void shouldInviteAnotherMentorInPlaceOfTheOneWhoDeclinedTogetherWithWhatGoesAlongside() {
        GrowthPlan plan = plans.decline(givenInvitedPlan(TODAY).id(), "No time");
        List<GrowthPlan> seen = new ArrayList<>();

        GrowthPlan invited = plans.inviteAnotherMentor(plan.id(), "u-new", "New Mentor", seen::add);

        assertEquals(List.of(plan), seen);
        assertEquals("u-new", invited.mentorKey());
        assertEquals("New Mentor", invited.mentorName());
        assertEquals(PlanStatus.INVITED, invited.status());
        assertEquals(new Invitation(CLOCK.instant(), null, null, null), invited.invitation());
        assertEquals(invited, plans.getBySpaceKey("MENT"));
    }

    @Test
    public void shouldChangeNothingWhenWhatGoesAlongsideTheNewMentorFails() {
        GrowthPlan plan = plans.decline(givenInvitedPlan(TODAY).id(), "No time");

        assertThrows(IllegalStateException.class, () -> plans.inviteAnotherMentor(plan.id(), "u-new", "New Mentor", previous -> {
            throw new IllegalStateException("permissions refused");
        }));

        assertEquals(plan, plans.getBySpaceKey("MENT"));
    }

    @Test
    public void shouldRefuseAsNewMentorTheMenteeOrTheSameMentorAndOnceThePlanIsActive() {
        GrowthPlan plan = givenInvitedPlan(TODAY);

        assertEquals("mentoring.error.mentor.is.mentee", assertThrows(InvalidInputException.class,
                () -> plans.inviteAnotherMentor(plan.id(), "u-mentee", "x", p -> { })).getMessageKey());
        assertEquals("mentoring.error.mentor.same", assertThrows(InvalidInputException.class,
                () -> plans.inviteAnotherMentor(plan.id(), "u-mentor", "x", p -> { })).getMessageKey());
        plans.accept(plan.id());
        assertThrows(ConflictException.class, () -> plans.inviteAnotherMentor(plan.id(), "u-new", "x", p -> { }));
        assertEquals("u-mentor", plans.getBySpaceKey("MENT").mentorKey());
    }

    @Test
    public void shouldChangeTheCadence() {
        GrowthPlan plan = givenPlan("MENT");

        plans.updateCadence(plan.id(), Cadence.MONTHLY);

        assertEquals(Cadence.MONTHLY, plans.getBySpaceKey("MENT").cadence());
    }

    @Test
    public void shouldArchiveAndReactivateAPlan() {
        GrowthPlan plan = givenPlan("MENT");

        assertEquals(PlanStatus.ARCHIVED, plans.archive(plan.id()).status());
        assertEquals(PlanStatus.ARCHIVED, plans.getBySpaceKey("MENT").status());
        assertEquals(PlanStatus.ACTIVE, plans.reactivate(plan.id()).status());
    }

    @Test
    public void shouldCloseAnActivePlanAsOfTodayWithWhoClosedItAndItsReviewPage() {
        GrowthPlan plan = givenPlan("MENT");

        GrowthPlan closed = plans.close(plan.id(), plan.menteeKey(), 4711);

        assertEquals(PlanStatus.CLOSED, closed.status());
        assertEquals(new Closure(TODAY, plan.menteeKey(), 4711), closed.closure());
        assertEquals(closed, plans.getBySpaceKey("MENT"));
        assertEquals(plan.seriesSequence() + 1, closed.seriesSequence());
        assertEquals(TODAY, closed.figuresDay(TODAY.plusMonths(3)));
        assertEquals(TODAY.plusMonths(3), plan.figuresDay(TODAY.plusMonths(3)));
    }

    @Test
    public void shouldRefuseToCloseAPlanThatIsNotActiveAndToReopenOneThatIsNotClosed() {
        givenProgramme("grad");
        GrowthPlan invited = plans.create(newPlan("INV", "grad", "a", "b", TODAY));
        GrowthPlan active = givenPlan("ACT");

        assertEquals("Only an active mentorship can be closed.",
                assertThrows(ConflictException.class, () -> plans.close(invited.id(), "a", 4711)).getMessage());
        assertEquals("This mentorship is not closed.",
                assertThrows(ConflictException.class, () -> plans.reopen(active.id())).getMessage());
        plans.close(active.id(), active.mentorKey(), 4711);
        assertThrows(ConflictException.class, () -> plans.close(active.id(), active.mentorKey(), 4712));
        assertEquals(4711, plans.getBySpaceKey("ACT").closure().reviewPageId());
        assertEquals("pageId", assertThrows(InvalidInputException.class, () -> plans.close(invited.id(), "a", 0)).getField());
    }

    @Test
    public void shouldRefuseEveryChangeToAClosedPlanWithTheDayItClosedAndKeepItsFigures() {
        GrowthPlan plan = givenPlan("MENT");
        givenHeldMeeting(plan, 11, TODAY.minusDays(3), TODAY.minusDays(3) + " Mentoring meeting");
        GrowthPlan closed = plans.close(plan.id(), plan.mentorKey(), 4711);

        List<ConflictException> refusals = List.of(
                assertThrows(ConflictException.class, () -> plans.updateCadence(plan.id(), Cadence.MONTHLY)),
                assertThrows(ConflictException.class, () -> plans.updateArrangement(plan.id(),
                        PlanService.arrangement("09:30", 45, "Room 4"))),
                assertThrows(ConflictException.class, () -> meetings.link(plan.id(), 12, TODAY, TODAY + " Mentoring meeting")),
                assertThrows(ConflictException.class, () -> meetings.setState(11, MeetingState.CANCELLED, null, plan.menteeKey())),
                assertThrows(ConflictException.class, () -> goals.replaceGoalIndex(plan.id(), List.of())),
                assertThrows(ConflictException.class, () -> checklists.syncPage(plan.id(), Map.of("mentee", DefaultChecklist.entries()))));

        for (ConflictException refusal : refusals) {
            assertEquals("This mentorship was closed on " + TODAY + ": its plan and figures stay as they were. Reopen it to change "
                    + "them.", refusal.getMessage());
        }
        assertEquals(closed, plans.getBySpaceKey("MENT"));
        assertEquals(List.of(TODAY.minusDays(3)), plans.getBySpaceKey("MENT").heldDates());
    }

    @Test
    public void shouldReopenAClosedPlanForChangesAgain() {
        GrowthPlan plan = givenPlan("MENT");
        GrowthPlan closed = plans.close(plan.id(), plan.mentorKey(), 4711);

        GrowthPlan reopened = plans.reopen(plan.id());

        assertEquals(PlanStatus.ACTIVE, reopened.status());
        assertEquals(null, reopened.closure());
        assertEquals(closed.seriesSequence() + 1, reopened.seriesSequence());
        assertEquals(Cadence.MONTHLY, plans.updateCadence(plan.id(), Cadence.MONTHLY).cadence());
    }

    @Test
    public void shouldArchiveAClosedPlanWhenItsSpaceIsRemoved() {
        GrowthPlan plan = givenPlan("MENT");
        plans.close(plan.id(), plan.mentorKey(), 4711);

        assertEquals(PlanStatus.ARCHIVED, plans.archive(plan.id()).status());
        assertEquals(null, plans.getBySpaceKey("MENT").closure());
    }

    @Test
    public void shouldCountEveryChangeOfTheMeetingSeries() {
        givenProgramme("grad");
        GrowthPlan invited = plans.create(newPlan("MENT", "grad", "a", "b", TODAY));
        assertEquals(0, invited.seriesSequence());

        assertEquals(1, plans.accept(invited.id()).seriesSequence());
        assertEquals(2, plans.updateCadence(invited.id(), Cadence.MONTHLY).seriesSequence());
        assertEquals(3, plans.updateArrangement(invited.id(), PlanService.arrangement("09:30", 45, null)).seriesSequence());
        assertEquals(4, plans.close(invited.id(), "a", 4711).seriesSequence());
        assertEquals(5, plans.reopen(invited.id()).seriesSequence());
    }

    @Test
    public void shouldRefuseChangesToAnUnknownPlan() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> plans.updateCadence(4711, Cadence.WEEKLY));

        assertEquals("This space has no growth plan.", e.getMessage());
    }

    @Test
    public void shouldFindNoPlanForBlankOrUnknownSpaces() {
        givenPlan("MENT");

        assertTrue(plans.findBySpaceKey(null).isEmpty());
        assertTrue(plans.findBySpaceKey(" ").isEmpty());
        assertTrue(plans.findBySpaceKey("OTHER").isEmpty());
        assertTrue(plans.findById(4711).isEmpty());
    }

    @Test
    public void shouldGiveTheKeyOfARemovedSpacesArchivedPlanToANewSpaceOfTheSameKey() {
        GrowthPlan removed = givenPlan("MENT");
        plans.archive(removed.id());

        GrowthPlan reused = plans.create(newPlan("MENT", "default-programme", "u-new-mentee", "u-new-mentor", TODAY));

        assertEquals(reused, plans.getBySpaceKey("MENT"));
        GrowthPlan kept = plans.findById(removed.id()).orElseThrow();
        assertEquals("MENT~" + removed.id(), kept.spaceKey());
        assertEquals(PlanStatus.ARCHIVED, kept.status());
        assertEquals(2, planRows());
    }
}
