package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.MyPair;
import io.mentoringspaces.model.NewPlan;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.PlanRows;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The "My mentoring" page reads a user's pairs in three statements, whether the user has one pair or a
 * hundred, each with held meetings, pulses, goals and open action items, and a closed pair besides
 * (counted by the counting JDBC proxy on the real database); its header link's condition in one.
 */
public class MyMentoringStatementBudgetTest extends DatabaseTest {

    private static final int BUDGET = 3;

    private ConfluenceDouble confluence;
    private MyMentoringService mine;
    private FeedbackService feedback;
    private long nextPage = 1000;

    @Before
    public void givenAMentorOfOneAndAMentorOfAHundredPairs() {
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
        mine = confluence.app().bean("myMentoringService", MyMentoringService.class);
        feedback = new FeedbackService(ao, new Changes(ao), CLOCK);
        confluence.user("solo", "Solo Mentor");
        confluence.user("max", "Max Mentor");
        givenProgramme("grad");
        givenPair("S-0", "solo");
        givenClosed(PlanRows.activeSinceStart(ao, plans, givenPair("S-C", "solo")), TODAY.minusDays(3), nextPage++);
        for (int i = 0; i < 100; i++) {
            givenPair("M-" + i, "max");
        }
        givenClosed(PlanRows.activeSinceStart(ao, plans, givenPair("M-C", "max")), TODAY.minusDays(3), nextPage++);
    }

    @After
    public void stopConfluence() {
        confluence.close();
    }

    /** A pair the mentor may view: two held meetings with both pulses, a goal not agreed, an open item for the mentor. */
    private GrowthPlan givenPair(String spaceKey, String mentor) {
        confluence.space(spaceKey, "Space " + spaceKey);
        confluence.editor(spaceKey, mentor);
        GrowthPlan plan = plans.create(new NewPlan(spaceKey, "grad", "mentee-" + spaceKey, "Mentee " + spaceKey, "key-" + mentor,
                "Mentor", TODAY.minusWeeks(4), Cadence.WEEKLY));
        goals.replaceGoalIndex(plan.id(), List.of(new GoalDefinition("g", "Goal", "Target", null, GoalStatus.NOT_STARTED)));
        for (int week = 2; week >= 1; week--) {
            long page = nextPage++;
            givenHeldMeeting(plan, page, TODAY.minusWeeks(week), "Meeting " + page);
            feedback.setPulse(page, FeedbackSide.MENTEE, 4, plan.menteeKey());
            feedback.setPulse(page, FeedbackSide.MENTOR, 5, plan.mentorKey());
            meetings.syncPage(page, new MeetingPageContent(false, Instant.parse("2026-03-01T10:00:00Z"),
                    List.of(new PageTask("1", false, "Item", plan.mentorKey(), null)), Map.of(), List.of()));
        }
        return plan;
    }

    private int statements(String user, int expectedPairs) {
        TestUser mentor = confluence.user(user);
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            List<MyPair> pairs = mine.pairs(mentor);
            assertEquals(expectedPairs, pairs.size());
            MyPair last = pairs.get(expectedPairs - 2);
            assertEquals(2, last.openItemCount());
            assertEquals(Integer.valueOf(1), last.goalsUnagreed());
            assertEquals(new MyPair.LastPulse(TODAY.minusWeeks(1), 4, 5), last.lastPulse());
            MyPair closed = pairs.get(expectedPairs - 1);
            assertEquals(TODAY.minusDays(3), closed.closedOn());
            assertEquals(0, closed.openItemCount());
            assertEquals(Integer.valueOf(0), closed.goalsUnagreed());
            return recording.count();
        }
    }

    @Test
    public void shouldReadTheUsersPairsInThreeStatementsForOneOrAHundredPairs() {
        int one = statements("solo", 2);
        int hundred = statements("max", 101);

        assertEquals("the plans, their meetings, the user's open items", BUDGET, one);
        assertEquals(one, hundred);
        assertTrue("took " + hundred, hundred <= BUDGET);
    }

    @Test
    public void shouldDecideOnTheHeaderLinkInOneStatement() {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            assertTrue(mine.hasPairs(confluence.user("max")));
            assertEquals(1, recording.count());
        }
    }
}
