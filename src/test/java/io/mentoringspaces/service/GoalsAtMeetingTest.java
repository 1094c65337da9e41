package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.mentoringspaces.model.GoalAtMeeting;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.ProgressUpdate;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** A meeting page is a record: the plan's goals as they stood at the end of a meeting's day, beside their state now. */
public class GoalsAtMeetingTest extends DatabaseTest {

    private static final LocalDate MARCH_9 = LocalDate.of(2026, 3, 9);

    private GrowthPlan plan;

    @Before
    public void givenTwoGoalsWithUpdatesOverThreeWeeks() {
        plan = givenPlan("MENT");
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g-speak", "Speak at a meetup", null, null, GoalStatus.IN_PROGRESS),
                new GoalDefinition("g-lead", "Lead a project", null, null, GoalStatus.NOT_STARTED)));
        recordAt("2026-03-02T09:00:00Z", 20, GoalStatus.IN_PROGRESS);
        recordAt("2026-03-09T23:30:00Z", 50, GoalStatus.IN_PROGRESS);
        recordAt("2026-03-10T00:00:00Z", 60, GoalStatus.IN_PROGRESS);
        goals.recordProgress(plan.id(), "g-speak", 100, GoalStatus.ACHIEVED, null, plan.menteeKey(), 0);
    }

    private void recordAt(String instant, int percent, GoalStatus status) {
        new GoalService(ao, new Changes(ao), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
                .recordProgress(plan.id(), "g-speak", percent, status, null, plan.menteeKey(), 0);
    }

    private static List<Integer> percents(List<ProgressUpdate> updates) {
        return updates.stream().map(ProgressUpdate::progressPercent).toList();
    }

    @Test
    public void shouldGiveEachGoalAsItStoodAtTheEndOfTheMeetingsDayBesideItsStateNow() {
        List<GoalAtMeeting> at = goals.goalsAtMeeting(plan.id(), MARCH_9, 12);

        GoalAtMeeting speak = at.get(0);
        assertEquals(50, speak.then().goal().progressPercent());
        assertEquals(GoalStatus.IN_PROGRESS, speak.then().goal().status());
        assertEquals(List.of(50, 20), percents(speak.then().recentUpdates()));
        assertEquals(Instant.parse("2026-03-09T23:30:00Z"), speak.recordedAt());
        assertEquals(GoalStatus.ACHIEVED, speak.now().goal().status());
        assertEquals(List.of(100, 60, 50, 20), percents(speak.now().recentUpdates()));
        GoalAtMeeting lead = at.get(1);
        assertEquals(GoalStatus.NOT_STARTED, lead.then().goal().status());
        assertEquals(0, lead.then().goal().progressPercent());
        assertNull(lead.recordedAt());
    }

    @Test
    public void shouldShowAGoalNotStartedBeforeItsFirstUpdateAndKeepTheHistorySize() {
        GoalAtMeeting before = goals.goalsAtMeeting(plan.id(), LocalDate.of(2026, 3, 1), 12).get(0);
        GoalAtMeeting later = goals.goalsAtMeeting(plan.id(), LocalDate.of(2026, 3, 10), 2).get(0);

        assertEquals(GoalStatus.NOT_STARTED, before.then().goal().status());
        assertEquals(List.of(), before.then().recentUpdates());
        assertEquals(List.of(60, 50), percents(later.then().recentUpdates()));
        assertEquals(List.of(100, 60), percents(later.now().recentUpdates()));
    }

    @Test
    public void shouldReadTheGoalsAtAMeetingInTwoStatementsHoweverManyUpdates() {
        for (int i = 0; i < 200; i++) {
            recordAt("2026-03-03T10:00:00Z", i % 100, GoalStatus.IN_PROGRESS);
        }
        GrowthPlan small = givenPlan("SMALL");
        goals.replaceGoalIndex(small.id(), List.of(new GoalDefinition("g", "One goal", null, null, GoalStatus.NOT_STARTED)));

        int one;
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertEquals(1, goals.goalsAtMeeting(small.id(), MARCH_9, 12).size());
            one = recording.count();
        }
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertEquals(2, goals.goalsAtMeeting(plan.id(), MARCH_9, 12).size());
            assertEquals("the goals, then their updates", 2, recording.count());
        }
        assertEquals(2, one);
    }
}
