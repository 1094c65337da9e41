package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.AgreementState;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalIndexChange;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.PlanFigures;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class GoalServiceTest extends DatabaseTest {

    private GrowthPlan plan;

    @Before
    public void givenAPlan() {
        plan = givenPlan("MENT");
    }

    private static GoalDefinition goal(String key, String title) {
        return new GoalDefinition(key, title, "Target of " + title, LocalDate.of(2026, 6, 30), GoalStatus.NOT_STARTED);
    }

    private List<String> currentKeys() {
        return goals.currentGoals(plan.id()).stream().map(Goal::goalKey).toList();
    }

    private PlanFigures figures() {
        return plans.getBySpaceKey("MENT").figures();
    }

    /** The goal service as it runs on {@code day} (at 09:00 UTC). */
    private GoalService on(String day) {
        return new GoalService(ao, new Changes(ao), Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC));
    }

    private String achievedDates() {
        return ao.get(GrowthPlanEntity.class, plan.id()).getGoalAchievedDates();
    }

    private static GoalDefinition goal(String key, GoalStatus status) {
        return new GoalDefinition(key, "Goal " + key, null, null, status);
    }

    @Test
    public void shouldKeepTheDayEachCountedGoalWasAchievedOnThePlanRow() {
        on("2026-01-10").replaceGoalIndex(plan.id(), List.of(goal("g1", GoalStatus.ACHIEVED), goal("g2", GoalStatus.IN_PROGRESS),
                goal("g3", GoalStatus.NOT_STARTED)));
        assertEquals("achieved on the page", "2026-01-10", achievedDates());

        on("2026-02-05").recordProgress(plan.id(), "g2", 100, GoalStatus.ACHIEVED, null, "key-mentee", 0);
        assertEquals("2026-01-10,2026-02-05", achievedDates());

        on("2026-02-20").recordProgress(plan.id(), "g2", 100, GoalStatus.ACHIEVED, "Still done", "key-mentee", 0);
        assertEquals("still achieved since the first update", "2026-01-10,2026-02-05", achievedDates());

        on("2026-03-01").recordProgress(plan.id(), "g3", 100, GoalStatus.ACHIEVED, null, "key-mentee", 0);
        assertEquals("2026-01-10,2026-02-05,2026-03-01", achievedDates());
        on("2026-03-02").recordProgress(plan.id(), "g3", 80, GoalStatus.IN_PROGRESS, null, "key-mentee", 0);
        assertEquals("no longer achieved", "2026-01-10,2026-02-05", achievedDates());

        on("2026-03-10").replaceGoalIndex(plan.id(), List.of(goal("g1", GoalStatus.DROPPED), goal("g2", GoalStatus.IN_PROGRESS),
                goal("g3", GoalStatus.ACHIEVED)));
        assertEquals("one dropped and one achieved on the page, the page's unchanged word for g2 leaves it achieved",
                "2026-02-05,2026-03-10", achievedDates());
        assertEquals(2, figures().goalsAchieved());
    }

    @Test
    public void shouldIndexGoalsInPageOrder() {
        GoalIndexChange change = goals.replaceGoalIndex(plan.id(),
                List.of(goal("g-speak", "Speak at a meetup"), goal("g-lead", "Lead a project")));

        assertEquals(new GoalIndexChange(2, 0, 0, 0), change);
        List<Goal> indexed = goals.currentGoals(plan.id());
        assertEquals(List.of("g-speak", "g-lead"), indexed.stream().map(Goal::goalKey).toList());
        assertEquals("Speak at a meetup", indexed.get(0).title());
        assertEquals("Target of Speak at a meetup", indexed.get(0).target());
        assertEquals(LocalDate.of(2026, 6, 30), indexed.get(0).dueDate());
        assertEquals(GoalStatus.NOT_STARTED, indexed.get(0).status());
        assertEquals(0, indexed.get(0).position());
        assertEquals(1, indexed.get(1).position());
        assertEquals(new PlanFigures(2, 0, 0, 0, 0, List.of()), figures());
    }

    @Test
    public void shouldChangeNothingWhenTheSameGoalsAreIndexedTwice() {
        List<GoalDefinition> page = List.of(goal("a", "A"), goal("b", "B"));
        goals.replaceGoalIndex(plan.id(), page);
        List<Goal> first = goals.currentGoals(plan.id());

        GoalIndexChange second = goals.replaceGoalIndex(plan.id(), page);

        assertEquals(new GoalIndexChange(0, 0, 0, 2), second);
        assertEquals(first, goals.currentGoals(plan.id()));
    }

    @Test
    public void shouldUpdateByKeyAndReorder() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));

        GoalIndexChange change = goals.replaceGoalIndex(plan.id(), List.of(goal("b", "B"), goal("a", "A renamed")));

        assertEquals(new GoalIndexChange(0, 2, 0, 0), change);
        assertEquals(List.of("b", "a"), currentKeys());
        assertEquals("A renamed", goals.currentGoals(plan.id()).get(1).title());
        assertEquals(2, ao.count(GoalEntity.class, Query.select()));
    }

    @Test
    public void shouldArchiveGoalsThatLeftThePageKeepingTheirHistoryAndRestoreThemWhenTheyReturn() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));
        goals.recordProgress(plan.id(), "b", 40, GoalStatus.IN_PROGRESS, "halfway", "u1", 0);

        GoalIndexChange removed = goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        assertEquals(new GoalIndexChange(0, 0, 1, 1), removed);
        assertEquals(List.of("a"), currentKeys());
        assertEquals(1, figures().goalsTotal());
        assertEquals(1, ao.count(ProgressUpdateEntity.class, Query.select()));

        GoalIndexChange back = goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));

        assertEquals(new GoalIndexChange(0, 1, 0, 1), back);
        Goal restored = goals.currentGoals(plan.id()).get(1);
        assertEquals(40, restored.progressPercent());
        assertEquals(GoalStatus.IN_PROGRESS, restored.status());
    }

    @Test
    public void shouldRefuseDuplicateGoalKeysAndKeepThePreviousIndex() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(goal("x", "X"), goal("x", "Y"))));

        assertEquals("The goal key x is used by more than one goal.", e.getMessage());
        assertEquals(List.of("a"), currentKeys());
    }

    @Test
    public void shouldRefuseAGoalWithoutTitleOrWithOverlongText() {
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(goal("a", " ")))).getField());
        assertEquals("title", assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(goal("a", "t".repeat(256))))).getField());
        GoalDefinition longTarget = new GoalDefinition("a", "A", "t".repeat(451), null, null);
        assertEquals("target", assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(longTarget))).getField());
        GoalDefinition badKey = new GoalDefinition("a b", "A", null, null, null);
        assertEquals("goalKey", assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(badKey))).getField());
        GoalDefinition badDate = new GoalDefinition("a", "A", null, LocalDate.of(1970, 1, 1), null);
        assertEquals("dueDate", assertThrows(InvalidInputException.class,
                () -> goals.replaceGoalIndex(plan.id(), List.of(badDate))).getField());
        assertEquals(0, ao.count(GoalEntity.class, Query.select()));
    }

    @Test
    public void shouldRefuseMoreGoalsThanTheLimit() {
        List<GoalDefinition> many = new ArrayList<>();
        for (int i = 0; i <= Limits.GOALS_PER_PLAN; i++) {
            many.add(goal("g" + i, "Goal " + i));
        }

        assertThrows(InvalidInputException.class, () -> goals.replaceGoalIndex(plan.id(), many));
        assertEquals(0, ao.count(GoalEntity.class, Query.select()));
    }

    @Test
    public void shouldDefaultAMissingStatusToNotStarted() {
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("a", "A", null, null, null)));

        Goal goal = goals.currentGoals(plan.id()).get(0);
        assertEquals(GoalStatus.NOT_STARTED, goal.status());
        assertNull(goal.target());
        assertNull(goal.dueDate());
    }

    @Test
    public void shouldRecordProgressAsTheGoalsCurrentState() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));

        ProgressUpdate update = goals.recordProgress(plan.id(), "a", 60, GoalStatus.IN_PROGRESS, " Gave a talk ", "u-mentee", 981L);

        assertEquals(60, update.progressPercent());
        assertEquals("Gave a talk", update.note());
        assertEquals("u-mentee", update.authorKey());
        assertEquals(981L, update.meetingPageId());
        assertEquals(CLOCK.instant(), update.createdAt());
        Goal a = goals.currentGoals(plan.id()).get(0);
        assertEquals(60, a.progressPercent());
        assertEquals(GoalStatus.IN_PROGRESS, a.status());
        assertEquals(new PlanFigures(2, 0, 60, 0, 0, List.of()), figures());
    }

    @Test
    public void shouldCountAnAchievedGoalAsFullProgressAndLeaveDroppedGoalsOut() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B"), goal("c", "C")));

        goals.recordProgress(plan.id(), "a", 80, GoalStatus.ACHIEVED, null, "u", 0);
        goals.recordProgress(plan.id(), "b", 30, GoalStatus.IN_PROGRESS, null, "u", 0);
        goals.recordProgress(plan.id(), "c", 10, GoalStatus.DROPPED, null, "u", 0);

        PlanFigures figures = figures();
        assertEquals(2, figures.goalsTotal());
        assertEquals(1, figures.goalsAchieved());
        assertEquals(130, figures.progressSum());
        assertEquals(65, figures.averageProgress());
    }

    @Test
    public void shouldLetAStatusChangedOnThePageWinOverEarlierProgress() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));
        goals.recordProgress(plan.id(), "a", 100, GoalStatus.ACHIEVED, null, "u", 0);

        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));
        assertEquals(GoalStatus.ACHIEVED, goals.currentGoals(plan.id()).get(0).status());

        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("a", "A", "Target of A", LocalDate.of(2026, 6, 30),
                GoalStatus.IN_PROGRESS)));
        assertEquals(GoalStatus.IN_PROGRESS, goals.currentGoals(plan.id()).get(0).status());
    }

    @Test
    public void shouldRefuseProgressOutsideZeroToHundredAndWriteNothing() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        InvalidInputException over = assertThrows(InvalidInputException.class,
                () -> goals.recordProgress(plan.id(), "a", 130, GoalStatus.IN_PROGRESS, null, "u", 0));
        assertThrows(InvalidInputException.class,
                () -> goals.recordProgress(plan.id(), "a", -1, GoalStatus.IN_PROGRESS, null, "u", 0));

        assertEquals("Progress must be a whole number from 0 to 100.", over.getMessage());
        assertEquals(0, ao.count(ProgressUpdateEntity.class, Query.select()));
        assertEquals(0, goals.currentGoals(plan.id()).get(0).progressPercent());
    }

    @Test
    public void shouldRefuseProgressOnUnknownOrArchivedGoals() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        assertEquals("goalKey", assertThrows(NotFoundException.class,
                () -> goals.recordProgress(plan.id(), "zzz", 10, GoalStatus.IN_PROGRESS, null, "u", 0)).getField());
        assertThrows(NotFoundException.class,
                () -> goals.recordProgress(plan.id(), "b", 10, GoalStatus.IN_PROGRESS, null, "u", 0));
        assertThrows(NotFoundException.class,
                () -> goals.recordProgress(4711, "a", 10, GoalStatus.IN_PROGRESS, null, "u", 0));
        assertEquals(0, ao.count(ProgressUpdateEntity.class, Query.select()));
    }

    @Test
    public void shouldRefuseAnOverlongNoteOrMissingStatus() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> goals.recordProgress(plan.id(), "a", 10, GoalStatus.IN_PROGRESS, "n".repeat(2001), "u", 0)).getField());
        assertEquals("status", assertThrows(InvalidInputException.class,
                () -> goals.recordProgress(plan.id(), "a", 10, null, null, "u", 0)).getField());
        assertEquals("meetingPageId", assertThrows(InvalidInputException.class,
                () -> goals.recordProgress(plan.id(), "a", 10, GoalStatus.IN_PROGRESS, null, "u", -5)).getField());
    }

    @Test
    public void shouldReturnTheLatestUpdatesNewestFirstLimitedPerGoal() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B")));
        for (int percent = 10; percent <= 50; percent += 10) {
            goals.recordProgress(plan.id(), "a", percent, GoalStatus.IN_PROGRESS, "step " + percent, "u", 0);
        }

        List<GoalProgress> progress = goals.currentGoalsWithProgress(plan.id(), 3);

        assertEquals(2, progress.size());
        assertEquals(List.of(50, 40, 30),
                progress.get(0).recentUpdates().stream().map(ProgressUpdate::progressPercent).toList());
        assertTrue(progress.get(1).recentUpdates().isEmpty());
    }

    @Test
    public void shouldRecordTheMentorsAgreementToTheTargetAsItRead() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        goals.recordAgreement(plan.id(), "a", plan.mentorKey());

        GoalProgress agreed = goals.currentGoalsWithProgress(plan.id(), 5).get(0);
        assertEquals(AgreementState.AGREED, agreed.agreementState());
        assertEquals("Target of A", agreed.latestAgreement().targetText());
        assertEquals(plan.mentorKey(), agreed.latestAgreement().mentorKey());

        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("a", "A", "A harder target", null, null)));

        assertEquals(AgreementState.TARGET_CHANGED, goals.currentGoalsWithProgress(plan.id(), 5).get(0).agreementState());
    }

    private int unagreed() {
        return ao.get(GrowthPlanEntity.class, plan.id()).getGoalsUnagreed();
    }

    @Test
    public void shouldKeepOnThePlanTheGoalsWhoseTargetWaitsForTheMentorsAgreement() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A"), goal("b", "B"),
                new GoalDefinition("c", "C", "Dropped", null, GoalStatus.DROPPED)));
        assertEquals("a dropped goal waits for nothing", 2, unagreed());

        goals.recordAgreement(plan.id(), "a", plan.mentorKey());
        assertEquals(1, unagreed());

        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("a", "A", "A harder target", null, null), goal("b", "B"),
                new GoalDefinition("c", "C", "Dropped", null, GoalStatus.DROPPED)));
        assertEquals("agreed to an older target", 2, unagreed());

        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("a", "A", "  A harder target ", null, null)));
        goals.recordAgreement(plan.id(), "a", plan.mentorKey());
        assertEquals(0, unagreed());
    }

    @Test
    public void shouldRefuseAgreementFromAnyoneButThePlansMentor() {
        goals.replaceGoalIndex(plan.id(), List.of(goal("a", "A")));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> goals.recordAgreement(plan.id(), "a", plan.menteeKey()));

        assertEquals("Only the mentor of this plan can agree to its goals.", e.getMessage());
        assertEquals(AgreementState.NOT_AGREED, goals.currentGoalsWithProgress(plan.id(), 5).get(0).agreementState());
    }
}
