package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.PlanFiguresKeeper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import net.java.ao.Query;

/**
 * Model version 3: the day each goal was achieved ({@code GOAL.ACHIEVED_ON}) and, on each plan, the days
 * of its achieved goals ({@code GROWTH_PLAN.GOAL_ACHIEVED_DATES}), for the goal-completion trend. A goal
 * achieved before this version gets the day its latest run of progress updates marked achieved began
 * (the update that made it achieved); a goal achieved through the growth-plan page's status, with no
 * such update, gets the day its row last changed, which is when the app read that status or something
 * later on the page. Days are in the app's time zone. The same version adds the space's Meetings page to
 * the plan ({@code GROWTH_PLAN.MEETINGS_PAGE_ID}), 0 for the spaces already there, whose home pages keep
 * Confluence's Create-from-template button.
 */
public class UpgradeTask003GoalAchievedDates extends AbstractUpgradeTask {

    private final ZoneId zone;

    public UpgradeTask003GoalAchievedDates() {
        this(Clock.systemDefaultZone());
    }

    UpgradeTask003GoalAchievedDates(Clock clock) {
        super(3);
        this.zone = clock.getZone();
    }

    @Override
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        migrateEntities(ao);
        PlanFiguresKeeper figures = new PlanFiguresKeeper(ao, zone);
        for (GrowthPlanEntity plan : ao.find(GrowthPlanEntity.class, Query.select())) {
            for (GoalEntity goal : ao.find(GoalEntity.class, Query.select().where("PLAN_ID = ?", plan.getID()))) {
                if (GoalStatus.ACHIEVED.name().equals(goal.getStatus()) && goal.getAchievedOn() == null) {
                    goal.setAchievedOn(achievedOn(ao, goal).toString());
                    goal.save();
                }
            }
            figures.goalsChanged(plan);
        }
    }

    /** The day the goal's latest run of achieved progress updates began, else the day its row last changed. */
    private LocalDate achievedOn(ActiveObjects ao, GoalEntity goal) {
        Date since = null;
        for (ProgressUpdateEntity update : ao.find(ProgressUpdateEntity.class,
                Query.select().where("GOAL_ID = ?", goal.getID()).order("CREATED_AT DESC, ID DESC"))) {
            if (!GoalStatus.ACHIEVED.name().equals(update.getStatus())) {
                break;
            }
            since = update.getCreatedAt();
        }
        return LocalDate.ofInstant((since == null ? goal.getUpdatedAt() : since).toInstant(), zone);
    }
}
