package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.StatementCounter;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import org.junit.Test;

/**
 * The reads behind every macro take a fixed number of SQL statements, whatever the number of rows
 * (counted by the counting JDBC proxy on the real database).
 */
public class StatementBudgetTest extends DatabaseTest {

    private static final int BUDGET = 3;

    /** Statements taken by {@code read}, which must return {@code expectedSize} rows. */
    private static int statements(Supplier<List<?>> read, int expectedSize) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            List<?> rows = read.get();
            assertEquals(expectedSize, rows.size());
            return recording.count();
        }
    }

    /** Inserts goals, each with one progress update and one agreement, straight into the tables as the service keeps them. */
    private void seedGoals(GrowthPlan plan, int count) {
        Date now = new Date();
        for (int i = 0; i < count; i++) {
            GoalEntity goal = ao.create(GoalEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("GOAL_KEY", "g" + i),
                    new DBParam("TITLE", "Goal " + i), new DBParam("STATUS", "IN_PROGRESS"),
                    new DBParam("PAGE_STATUS", "IN_PROGRESS"), new DBParam("PROGRESS_PERCENT", i % 100),
                    new DBParam("PAGE_POSITION", i), new DBParam("ARCHIVED", false), new DBParam("UPDATED_AT", now));
            ao.create(ProgressUpdateEntity.class, new DBParam("GOAL_ID", goal.getID()), new DBParam("PLAN_ID", plan.id()),
                    new DBParam("PROGRESS_PERCENT", i % 100), new DBParam("STATUS", "IN_PROGRESS"),
                    new DBParam("AUTHOR_KEY", "u"), new DBParam("CREATED_AT", now), new DBParam("MEETING_PAGE_ID", 0L));
            MentorAgreementEntity agreement = ao.create(MentorAgreementEntity.class, new DBParam("GOAL_ID", goal.getID()),
                    new DBParam("PLAN_ID", plan.id()), new DBParam("MENTOR_KEY", plan.mentorKey()), new DBParam("AGREED_AT", now));
            goal.setAgreementId(agreement.getID());
            goal.setAgreedBy(plan.mentorKey());
            goal.setAgreedAt(now);
            goal.save();
        }
    }

    /** Inserts checklist rows, every other one ticked, straight into the table. */
    private void seedTicks(GrowthPlan plan, int count) {
        for (int i = 0; i < count; i++) {
            ao.create(ChecklistTickEntity.class, new DBParam("PLAN_ID", plan.id()), new DBParam("CHECKLIST_ID", "mentee"),
                    new DBParam("ITEM_KEY", "item-" + i), new DBParam("TICK_KEY", plan.id() + "/mentee/item-" + i),
                    new DBParam("DONE", i % 2 == 0), new DBParam("REMOVED", false), new DBParam("POSITION", i));
        }
    }

    @Test
    public void shouldReadGoalsWithProgressAndAgreementsInAFixedNumberOfStatements() {
        GrowthPlan small = givenPlan("SMALL");
        GrowthPlan large = givenPlan("LARGE");
        seedGoals(small, 1);
        seedGoals(large, 500);

        int one = statements(() -> goals.currentGoalsWithProgress(small.id(), 5), 1);
        int many = statements(() -> goals.currentGoalsWithProgress(large.id(), 5), 500);

        assertEquals("goals with their latest agreement, then their updates", 2, one);
        assertEquals(one, many);
        assertTrue("took " + many, many <= BUDGET);
        List<GoalProgress> read = goals.currentGoalsWithProgress(large.id(), 5);
        assertEquals(1, read.get(499).recentUpdates().size());
        assertEquals(GoalStatus.IN_PROGRESS, read.get(499).goal().status());
        assertEquals(large.mentorKey(), read.get(499).latestAgreement().mentorKey());
    }

    @Test
    public void shouldReadAChecklistInAFixedNumberOfStatements() {
        GrowthPlan small = givenPlan("SMALL");
        GrowthPlan large = givenPlan("LARGE");
        seedTicks(small, 1);
        seedTicks(large, 500);

        int one = statements(() -> List.copyOf(checklists.read(small.id(), "mentee").items().values()), 1);
        int many = statements(() -> List.copyOf(checklists.read(large.id(), "mentee").items().values()), 500);

        assertEquals(1, one);
        assertEquals(one, many);
        assertTrue("took " + many, many <= BUDGET);
    }

    @Test
    public void shouldListMeetingsAndReadThePlanInAFixedNumberOfStatements() {
        GrowthPlan small = givenPlan("SMALL");
        GrowthPlan large = givenPlan("LARGE");
        LocalDate first = LocalDate.of(2015, 1, 5);
        meetings.link(small.id(), 1L, first, "Meeting");
        for (int i = 0; i < 500; i++) {
            meetings.link(large.id(), 1000L + i, first.plusWeeks(i), "Meeting " + i);
        }

        int one = statements(() -> meetings.meetings(small.id()), 1);
        int many = statements(() -> meetings.meetings(large.id()), 500);
        int planOne = statements(() -> plans.getBySpaceKey("SMALL").figures().meetingDates(), 1);
        int planMany = statements(() -> plans.getBySpaceKey("LARGE").figures().meetingDates(), 500);

        assertEquals(1, one);
        assertEquals(one, many);
        assertTrue("took " + many, many <= BUDGET);
        assertEquals(1, planOne);
        assertEquals(1, planMany);
    }

    /** Statements taken by {@code change}. */
    private static int statements(Runnable change) {
        try (StatementCounter.Recording recording = StatementCounter.record()) {
            change.run();
            return recording.count();
        }
    }

    @Test
    public void shouldReadAndSetAMeetingsStateInAFixedNumberOfStatements() {
        GrowthPlan small = givenPlan("SMALL");
        GrowthPlan large = givenPlan("LARGE");
        LocalDate first = LocalDate.of(2022, 1, 3);
        meetings.link(small.id(), 1L, first, "Meeting");
        for (int i = 0; i < 200; i++) {
            givenHeldMeeting(large, 1000L + i, first.plusWeeks(i), "Meeting " + i);
        }
        meetings.link(large.id(), 1L + 2000, first, "Meeting");

        int readOne = statements(() -> List.of(meetings.findByPageId(1L).orElseThrow()), 1);
        int readMany = statements(() -> List.of(meetings.findByPageId(2001L).orElseThrow()), 1);
        int heldOne = statements(() -> meetings.setState(1L, MeetingState.HELD, null, small.menteeKey()));
        int heldMany = statements(() -> meetings.setState(2001L, MeetingState.HELD, null, large.menteeKey()));

        assertEquals(1, readOne);
        assertEquals(readOne, readMany);
        assertEquals(heldOne, heldMany);
        assertEquals(201, plans.getBySpaceKey("LARGE").practice().held());
    }
}
