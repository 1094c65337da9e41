package io.mentoringspaces.testsupport;

import io.mentoringspaces.ao.ActivityEntity;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.ReportFigures;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The app's rows of a programme's pairs, written straight into the tables, and a way to empty the tables. */
public final class ProgrammeRows {

    private ProgrammeRows() {
    }

    /**
     * A pair's plan row with the given names and figures, written as the services leave it; the
     * meetings on {@code meetingDates} were held.
     */
    public static void givenPair(TestActiveObjects ao, Programme programme, String space, String mentee, String mentor,
            String start, Cadence agreed, PlanStatus status, int achieved, int goals, int progressSum, int done, int items,
            String... meetingDates) {
        GrowthPlanEntity plan = ao.create(GrowthPlanEntity.class, new DBParam("SPACE_KEY", space), new DBParam("PROGRAMME_ID", programme.id()),
                new DBParam("MENTEE_KEY", "mentee-of-" + space), new DBParam("MENTOR_KEY", "mentor-of-" + space),
                new DBParam("MENTEE_NAME", mentee), new DBParam("MENTOR_NAME", mentor), new DBParam("START_DATE", start),
                new DBParam("CADENCE", agreed.name()), new DBParam("STATUS", status.name()), new DBParam("CREATED_AT", new Date()),
                new DBParam("REVISION", 0), new DBParam("GOALS_TOTAL", goals), new DBParam("GOALS_ACHIEVED", achieved),
                new DBParam("PROGRESS_SUM", progressSum), new DBParam("CHECKLIST_ITEMS", items),
                new DBParam("CHECKLIST_DONE", done), new DBParam("MEETING_DATES", String.join(",", meetingDates)),
                new DBParam("HELD_DATES", String.join(",", meetingDates)));
        ReportFigures.update(plan);
        plan.save();
    }

    /** Sets the practice figures on the plan row of the space, as the services leave them (its held dates stay). */
    public static void givenPractice(TestActiveObjects ao, String space, PracticeFigures practice) {
        GrowthPlanEntity plan = ao.find(GrowthPlanEntity.class, Query.select().where("SPACE_KEY = ?", space))[0];
        plan.setHeldPrepared(practice.heldPrepared());
        plan.setCancelled(practice.cancelled());
        plan.setCancelledLate(practice.cancelledLate());
        plan.setItemsTotal(practice.itemsTotal());
        plan.setItemsDone(practice.itemsDone());
        plan.setItemsOnTime(practice.itemsOnTime());
        plan.setFeedbackMentee(practice.feedbackMentee());
        plan.setFeedbackMentor(practice.feedbackMentor());
        plan.setPulseMenteeSum(practice.pulseMenteeSum());
        plan.setPulseMenteeCount(practice.pulseMenteeCount());
        plan.setPulseMentorSum(practice.pulseMentorSum());
        plan.setPulseMentorCount(practice.pulseMentorCount());
        plan.setSuggestions(practice.suggestions());
        plan.setSuggestionsApplied(practice.suggestionsApplied());
        plan.setActivities(practice.activities());
        plan.setActivitiesDone(practice.activitiesDone());
        ReportFigures.update(plan);
        plan.save();
    }

    /** Sets the days the pair's achieved goals were achieved, as the plan row keeps them. */
    public static void givenAchievedDates(TestActiveObjects ao, String space, String... days) {
        GrowthPlanEntity plan = ao.find(GrowthPlanEntity.class, Query.select().where("SPACE_KEY = ?", space))[0];
        plan.setGoalAchievedDates(String.join(",", days));
        ReportFigures.update(plan);
        plan.save();
    }

    /**
     * Closes the pair of the space on {@code closedOn} (ISO), as the plan service leaves a plan its mentee
     * closed from the closing review page 9000.
     */
    public static void givenClosed(TestActiveObjects ao, String space, String closedOn) {
        GrowthPlanEntity plan = ao.find(GrowthPlanEntity.class, Query.select().where("SPACE_KEY = ?", space))[0];
        plan.setStatus(PlanStatus.CLOSED.name());
        plan.setClosedOn(closedOn);
        plan.setClosedBy(plan.getMenteeKey());
        plan.setClosingPageId(9000);
        plan.save();
    }

    /**
     * Three pairs of the programme (on 2026-03-16) whose order differs between columns: A-SPACE stalled
     * since January, B-SPACE on track (its two goals achieved in March), C-SPACE at risk without any
     * meeting yet (one goal achieved in February).
     */
    public static void givenThreePairs(TestActiveObjects ao, Programme programme) {
        givenPair(ao, programme, "A-SPACE", "Cleo", "Ben", "2026-01-05", Cadence.WEEKLY, PlanStatus.ACTIVE, 0, 1, 10, 9, 10,
                "2026-01-05");
        givenPair(ao, programme, "B-SPACE", "anna", "Cy", "2026-03-09", Cadence.MONTHLY, PlanStatus.ACTIVE, 2, 2, 200, 0, 10,
                "2026-03-09");
        givenPair(ao, programme, "C-SPACE", "Bert", "ada", "2026-03-02", Cadence.FORTNIGHTLY, PlanStatus.ACTIVE, 1, 3, 150, 5,
                10);
        givenAchievedDates(ao, "B-SPACE", "2026-03-10", "2026-03-12");
        givenAchievedDates(ao, "C-SPACE", "2026-02-20");
    }

    /**
     * Empties the app's tables. Tests that serve HTTP run without the runner's transaction (the
     * server's threads use their own connections, which see committed rows only) and clean up with this.
     */
    public static void deleteAllRows(TestActiveObjects ao) {
        for (Class<? extends RawEntity<Integer>> table : List.of(MeetingItemEntity.class, FeedbackEntity.class,
                ActivityEntity.class, MeetingLinkEntity.class, ChecklistTickEntity.class,
                ProgressUpdateEntity.class, MentorAgreementEntity.class, GoalEntity.class, GrowthPlanEntity.class,
                ProgrammeEntity.class)) {
            ao.deleteWithSQL(table, "ID > ?", 0);
        }
    }
}
