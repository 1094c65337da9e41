package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.Changes;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

/**
 * Model version 3 on rows written by version 2, which kept no day a goal was achieved: each achieved
 * goal gets the day its latest run of achieved progress updates began, or, achieved through the page
 * with no such update, the day its row last changed; each plan gets the days of its counted goals.
 */
public class UpgradeTask003GoalAchievedDatesTest extends DatabaseTest {

    private static final Clock UTC = Clock.fixed(Instant.parse("2026-03-16T10:15:30Z"), ZoneOffset.UTC);

    private GrowthPlan plan;

    private GoalService on(String day) {
        return new GoalService(ao, new Changes(ao), Clock.fixed(Instant.parse(day + "T09:00:00Z"), ZoneOffset.UTC));
    }

    private static GoalDefinition goal(String key, GoalStatus status) {
        return new GoalDefinition(key, "Goal " + key, null, null, status);
    }

    /**
     * g-updates: in progress on 2026-01-05, achieved on 2026-01-12 and again on 2026-02-02; g-page:
     * achieved on the page, its row last changed on 2026-02-20; g-reopened: achieved on 2026-01-20, then
     * in progress; g-dropped: achieved, then dropped on the page. Then the days version 3 keeps are
     * taken away, as version 2 wrote the rows.
     */
    @Before
    public void givenRowsOfModelVersionTwo() {
        plan = givenPlan("MENT");
        on("2026-01-01").replaceGoalIndex(plan.id(), List.of(goal("g-updates", GoalStatus.NOT_STARTED),
                goal("g-page", GoalStatus.NOT_STARTED), goal("g-reopened", GoalStatus.NOT_STARTED),
                goal("g-dropped", GoalStatus.ACHIEVED)));
        on("2026-01-05").recordProgress(plan.id(), "g-updates", 50, GoalStatus.IN_PROGRESS, null, "key-mentee", 0);
        on("2026-01-12").recordProgress(plan.id(), "g-updates", 100, GoalStatus.ACHIEVED, null, "key-mentee", 0);
        on("2026-02-02").recordProgress(plan.id(), "g-updates", 100, GoalStatus.ACHIEVED, null, "key-mentee", 0);
        on("2026-01-20").recordProgress(plan.id(), "g-reopened", 100, GoalStatus.ACHIEVED, null, "key-mentee", 0);
        on("2026-01-27").recordProgress(plan.id(), "g-reopened", 70, GoalStatus.IN_PROGRESS, null, "key-mentee", 0);
        on("2026-02-20").replaceGoalIndex(plan.id(), List.of(goal("g-updates", GoalStatus.NOT_STARTED),
                goal("g-page", GoalStatus.ACHIEVED), goal("g-reopened", GoalStatus.NOT_STARTED),
                goal("g-dropped", GoalStatus.DROPPED)));
        for (GoalEntity goal : ao.find(GoalEntity.class, Query.select().where("PLAN_ID = ?", plan.id()))) {
            goal.setAchievedOn(null);
            goal.save();
        }
        GrowthPlanEntity row = ao.get(GrowthPlanEntity.class, plan.id());
        row.setGoalAchievedDates(null);
        // Nor the report figures of version 9, which repeat those days.
        row.setReportFigures(null);
        row.save();
    }

    private Map<String, String> achievedOn() {
        Map<String, String> days = new HashMap<>();
        for (GoalEntity goal : ao.find(GoalEntity.class, Query.select().where("PLAN_ID = ?", plan.id()))) {
            days.put(goal.getGoalKey(), goal.getAchievedOn());
        }
        return days;
    }

    @Test
    public void shouldBeModelVersionThree() {
        assertTrue(new UpgradeTask003GoalAchievedDates().getModelVersion().isSame(ModelVersion.valueOf("3")));
    }

    @Test
    public void shouldDateEveryAchievedGoalAndKeepTheDaysOfTheCountedOnesOnThePlan() {
        new UpgradeTask003GoalAchievedDates(UTC).upgrade(ModelVersion.valueOf("2"), ao);

        Map<String, String> days = achievedOn();
        assertEquals("the first of the latest achieved updates", "2026-01-12", days.get("g-updates"));
        assertEquals("the day the row last changed", "2026-02-20", days.get("g-page"));
        assertNull(days.get("g-reopened"));
        assertNull(days.get("g-dropped"));
        GrowthPlanEntity row = ao.get(GrowthPlanEntity.class, plan.id());
        assertEquals("2026-01-12,2026-02-20", row.getGoalAchievedDates());
        assertEquals(2, row.getGoalsAchieved());
    }

    @Test
    public void shouldKeepTheDaysItFindsWhenRunAgain() {
        new UpgradeTask003GoalAchievedDates(UTC).upgrade(ModelVersion.valueOf("2"), ao);
        GoalEntity page = ao.find(GoalEntity.class, Query.select().where("GOAL_KEY = ?", "g-page"))[0];
        page.setUpdatedAt(Date.from(Instant.parse("2026-03-10T12:00:00Z")));
        page.save();

        new UpgradeTask003GoalAchievedDates(UTC).upgrade(ModelVersion.valueOf("2"), ao);

        assertEquals("2026-02-20", achievedOn().get("g-page"));
        assertEquals("2026-01-12,2026-02-20", ao.get(GrowthPlanEntity.class, plan.id()).getGoalAchievedDates());
    }
}
