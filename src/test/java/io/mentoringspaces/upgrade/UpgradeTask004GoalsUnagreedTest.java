package io.mentoringspaces.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * Model version 4 on rows written by version 3, which kept no count of the goals waiting for the
 * mentor's agreement: each plan gets it from its goal rows, which carry the latest agreement.
 */
public class UpgradeTask004GoalsUnagreedTest extends DatabaseTest {

    private GrowthPlan plan;
    private GrowthPlan other;

    private static GoalDefinition goal(String key, String target, GoalStatus status) {
        return new GoalDefinition(key, "Goal " + key, target, null, status);
    }

    /**
     * g-agreed: agreed as it reads; g-new: never agreed; g-changed: agreed, then its target edited;
     * g-dropped: never agreed, but dropped. Then the count version 4 keeps is taken away.
     */
    @Before
    public void givenRowsOfModelVersionThree() {
        plan = givenPlan("MENT");
        other = givenPlan("OTHER");
        List<GoalDefinition> goals = new ArrayList<>(List.of(goal("g-agreed", "Ten talks", GoalStatus.IN_PROGRESS),
                goal("g-new", "One course", GoalStatus.NOT_STARTED), goal("g-changed", "A project", GoalStatus.IN_PROGRESS),
                goal("g-dropped", "Nothing", GoalStatus.DROPPED)));
        this.goals.replaceGoalIndex(plan.id(), goals);
        this.goals.recordAgreement(plan.id(), "g-agreed", plan.mentorKey());
        this.goals.recordAgreement(plan.id(), "g-changed", plan.mentorKey());
        goals.set(2, goal("g-changed", "Two projects", GoalStatus.IN_PROGRESS));
        this.goals.replaceGoalIndex(plan.id(), goals);
        this.goals.replaceGoalIndex(other.id(), List.of(goal("g-1", "Read", GoalStatus.NOT_STARTED)));
        for (GrowthPlanEntity row : ao.find(GrowthPlanEntity.class)) {
            row.setGoalsUnagreed(0);
            row.save();
        }
    }

    @Test
    public void shouldBeModelVersionFour() {
        assertTrue(new UpgradeTask004GoalsUnagreed().getModelVersion().isSame(ModelVersion.valueOf("4")));
    }

    @Test
    public void shouldCountOnEveryPlanTheGoalsWaitingForTheMentorsAgreement() {
        new UpgradeTask004GoalsUnagreed().upgrade(ModelVersion.valueOf("3"), ao);

        assertEquals(2, ao.get(GrowthPlanEntity.class, plan.id()).getGoalsUnagreed());
        assertEquals(1, ao.get(GrowthPlanEntity.class, other.id()).getGoalsUnagreed());
        assertEquals(3, ao.get(GrowthPlanEntity.class, plan.id()).getGoalsTotal());
    }
}
