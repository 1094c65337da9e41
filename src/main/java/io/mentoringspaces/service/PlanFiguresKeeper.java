package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.GoalStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * Keeps the figures on a plan row in step with the rows they summarise. Every change first
 * {@link #lock(int) locks} the plan (an update of its row, held until commit), then recomputes the
 * figures it touched from the database, so two changes to one plan never overwrite each other's
 * counts. Public for the upgrade tasks, which recompute the figures of rows written before a figure
 * existed.
 */
public final class PlanFiguresKeeper {

    private final ActiveObjects ao;

    public PlanFiguresKeeper(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Loads and locks the plan for the current transaction. */
    GrowthPlanEntity lock(int planId) {
        GrowthPlanEntity plan = ao.get(GrowthPlanEntity.class, planId);
        if (plan == null) {
            throw new NotFoundException("planId", "mentoring.error.plan.unknown");
        }
        plan.setRevision(plan.getRevision() + 1);
        plan.save();
        return plan;
    }

    /**
     * Recomputes the goal figures from the plan's goals that are not archived: totals, progress and the
     * days the achieved ones were achieved.
     */
    void goalsChanged(GrowthPlanEntity plan, GoalEntity[] currentGoals) {
        int total = 0;
        int progress = 0;
        List<String> achievedOn = new ArrayList<>();
        for (GoalEntity goal : currentGoals) {
            GoalStatus status = GoalStatus.valueOf(goal.getStatus());
            if (goal.isArchived() || status == GoalStatus.DROPPED) {
                continue;
            }
            total++;
            if (status == GoalStatus.ACHIEVED) {
                achievedOn.add(goal.getAchievedOn());
                progress += 100;
            } else {
                progress += goal.getProgressPercent();
            }
        }
        Collections.sort(achievedOn);
        plan.setGoalsTotal(total);
        plan.setGoalsAchieved(achievedOn.size());
        plan.setProgressSum(progress);
        plan.setGoalAchievedDates(String.join(",", achievedOn));
        plan.save();
    }

    /** Recomputes the goal figures of the plan from its goals that are not archived. */
    public void goalsChanged(GrowthPlanEntity plan) {
        goalsChanged(plan, ao.find(GoalEntity.class,
                Query.select().where("PLAN_ID = ? AND ARCHIVED = ?", plan.getID(), false)));
    }

    /** Recomputes the checklist figures over every checklist of the plan. */
    void checklistChanged(GrowthPlanEntity plan) {
        plan.setChecklistItems(ao.count(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND REMOVED = ?", plan.getID(), false)));
        plan.setChecklistDone(ao.count(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND REMOVED = ? AND DONE = ?", plan.getID(), false, true)));
        plan.save();
    }

    /** Recomputes the meeting dates kept on the plan from its links that are not trashed. */
    void meetingsChanged(GrowthPlanEntity plan) {
        MeetingLinkEntity[] links = ao.find(MeetingLinkEntity.class,
                Query.select().where("PLAN_ID = ? AND TRASHED = ?", plan.getID(), false).order("MEETING_DATE ASC"));
        plan.setMeetingDates(Arrays.stream(links).map(MeetingLinkEntity::getMeetingDate).collect(Collectors.joining(",")));
        plan.save();
    }
}
