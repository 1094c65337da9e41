package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ActivityEntity;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.AgreementState;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.MeetingArrangement;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.MeetingState;
import io.mentoringspaces.model.PlanStatus;
import io.mentoringspaces.model.Pulse;
import io.mentoringspaces.model.SuggestionMark;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;

/**
 * Keeps the figures on a plan row in step with the rows they summarise. Every change first
 * {@link #lock(int) locks} the plan (an update of its row, held until commit), then recomputes the
 * figures it touched from the database, so two changes to one plan never overwrite each other's
 * counts. Dates and times are those of the app's time zone. Public for the upgrade tasks, which
 * recompute the figures of rows written before a figure existed.
 */
public final class PlanFiguresKeeper {

    /** An agenda counts as prepared when the page had its aims this long before the meeting began. */
    static final Duration PREPARED_AHEAD = Duration.ofHours(24);

    private final ActiveObjects ao;
    private final ZoneId zone;

    public PlanFiguresKeeper(ActiveObjects ao, ZoneId zone) {
        this.ao = ao;
        this.zone = zone;
    }

    /**
     * Loads and locks the plan for the current transaction, to change it or what it summarises: refused
     * while the mentorship is closed, whose plan and figures stay as they were on the day it closed.
     */
    GrowthPlanEntity lock(int planId) {
        GrowthPlanEntity plan = lockAny(planId);
        if (PlanStatus.CLOSED.name().equals(plan.getStatus())) {
            throw new ConflictException("status", "mentoring.error.plan.closed", plan.getClosedOn());
        }
        return plan;
    }

    /** Loads and locks the plan for the current transaction, whatever its status (to close, reopen or archive it). */
    GrowthPlanEntity lockAny(int planId) {
        GrowthPlanEntity plan = ao.get(GrowthPlanEntity.class, planId);
        if (plan == null) {
            throw new NotFoundException("planId", "mentoring.error.plan.unknown");
        }
        plan.setRevision(plan.getRevision() + 1);
        plan.save();
        return plan;
    }

    /**
     * Recomputes every figure of the plan from its rows, in the caller's transaction (the data model's
     * upgrade tasks use it after changing what the figures are made of).
     */
    public void recount(int planId) {
        GrowthPlanEntity plan = lock(planId);
        goalsChanged(plan);
        checklistChanged(plan);
        meetingsChanged(plan);
        activitiesChanged(plan);
    }

    /**
     * Recomputes the goal figures from the plan's goals that are not archived: totals, progress, the
     * days the achieved ones were achieved and how many targets wait for the mentor's agreement.
     */
    void goalsChanged(GrowthPlanEntity plan, GoalEntity[] currentGoals) {
        int total = 0;
        int progress = 0;
        int unagreed = 0;
        List<String> achievedOn = new ArrayList<>();
        for (GoalEntity goal : currentGoals) {
            GoalStatus status = GoalStatus.valueOf(goal.getStatus());
            if (goal.isArchived() || status == GoalStatus.DROPPED) {
                continue;
            }
            total++;
            unagreed += AgreementState.of(Mapping.latestAgreement(goal), goal.getTarget()) == AgreementState.AGREED ? 0 : 1;
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
        plan.setGoalsUnagreed(unagreed);
        save(plan);
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
        save(plan);
    }

    /**
     * Recomputes everything the plan's meetings make up, from its links that are not trashed and what
     * their pages hold: the meeting and held dates, prepared agendas, cancellations, action items,
     * feedback from each side with the pulses, and the mentor's suggestions. Three statements, however
     * many rows.
     */
    void meetingsChanged(GrowthPlanEntity plan) {
        MeetingArrangement arrangement = Mapping.arrangement(plan);
        List<String> dates = new ArrayList<>();
        List<String> heldDates = new ArrayList<>();
        Set<Long> current = new HashSet<>();
        List<MeetingLink> heldLinks = new ArrayList<>();
        int prepared = 0;
        int cancelled = 0;
        int late = 0;
        for (MeetingLinkEntity e : ao.find(MeetingLinkEntity.class, Query.select()
                .where("PLAN_ID = ? AND TRASHED = ?", plan.getID(), false).order("EFFECTIVE_DATE ASC, ID ASC"))) {
            MeetingLink link = Mapping.meeting(e);
            current.add(link.pageId());
            dates.add(link.effectiveDate().toString());
            if (link.held()) {
                heldLinks.add(link);
                heldDates.add(link.effectiveDate().toString());
                prepared += prepared(link, arrangement) ? 1 : 0;
            } else if (link.state() == MeetingState.CANCELLED) {
                cancelled++;
                late += link.cancelledLate() ? 1 : 0;
            }
        }
        plan.setMeetingDates(String.join(",", dates));
        plan.setHeldDates(String.join(",", heldDates));
        plan.setHeldPrepared(prepared);
        plan.setCancelled(cancelled);
        plan.setCancelledLate(late);
        feedbackChanged(plan, heldLinks);
        itemsChanged(plan, current);
        save(plan);
    }

    /** Whether the link's page had its aims saved at least a day before the meeting began. */
    private boolean prepared(MeetingLink link, MeetingArrangement arrangement) {
        return link.aimsSavedAt() != null && !link.aimsSavedAt()
                .isAfter(arrangement.start(link.effectiveDate(), zone).toInstant().minus(PREPARED_AHEAD));
    }

    private void feedbackChanged(GrowthPlanEntity plan, List<MeetingLink> held) {
        Set<String> written = new HashSet<>();
        for (FeedbackEntity e : ao.find(FeedbackEntity.class, Query.select().where("PLAN_ID = ?", plan.getID()))) {
            if (e.getText() != null && !e.getText().isBlank()) {
                written.add(e.getFeedbackKey());
            }
        }
        int[] given = new int[2];
        int[] sums = new int[2];
        int[] counts = new int[2];
        for (MeetingLink link : held) {
            for (FeedbackSide side : FeedbackSide.values()) {
                Pulse pulse = link.pulse(side);
                int at = side.ordinal();
                given[at] += pulse.given() || written.contains(FeedbackService.feedbackKey(link.pageId(), side)) ? 1 : 0;
                if (pulse.given()) {
                    sums[at] += pulse.value();
                    counts[at]++;
                }
            }
        }
        int mentee = FeedbackSide.MENTEE.ordinal();
        int mentor = FeedbackSide.MENTOR.ordinal();
        plan.setFeedbackMentee(given[mentee]);
        plan.setFeedbackMentor(given[mentor]);
        plan.setPulseMenteeSum(sums[mentee]);
        plan.setPulseMenteeCount(counts[mentee]);
        plan.setPulseMentorSum(sums[mentor]);
        plan.setPulseMentorCount(counts[mentor]);
    }

    /** The action item and suggestion figures, from the items on pages of current meetings. */
    private void itemsChanged(GrowthPlanEntity plan, Set<Long> currentPages) {
        int total = 0;
        int done = 0;
        int onTime = 0;
        int suggestions = 0;
        int applied = 0;
        for (MeetingItemEntity e : ao.find(MeetingItemEntity.class, Query.select().where("PLAN_ID = ?", plan.getID()))) {
            if (!currentPages.contains(e.getPageId())) {
                continue;
            }
            if (MeetingItemKind.SUGGESTION.name().equals(e.getKind())) {
                if (!e.isRemoved()) {
                    suggestions++;
                    applied += SuggestionMark.APPLIED.name().equals(e.getMark()) ? 1 : 0;
                }
                continue;
            }
            total++;
            if (e.isDone()) {
                done++;
                LocalDate due = Mapping.date(e.getDueDate());
                onTime += due == null || e.getCompletedAt() == null
                        || !LocalDate.ofInstant(e.getCompletedAt().toInstant(), zone).isAfter(due) ? 1 : 0;
            }
        }
        plan.setItemsTotal(total);
        plan.setItemsDone(done);
        plan.setItemsOnTime(onTime);
        plan.setSuggestions(suggestions);
        plan.setSuggestionsApplied(applied);
    }

    /** Recomputes the activity figures from the plan's activities still on its growth-plan page. */
    void activitiesChanged(GrowthPlanEntity plan) {
        int total = 0;
        int done = 0;
        for (ActivityEntity e : ao.find(ActivityEntity.class,
                Query.select().where("PLAN_ID = ? AND REMOVED = ?", plan.getID(), false))) {
            total++;
            done += ActivityStatus.DONE.name().equals(e.getStatus()) ? 1 : 0;
        }
        plan.setActivities(total);
        plan.setActivitiesDone(done);
        save(plan);
    }

    /** Saves recomputed figures, with their repetition for the programme reports. */
    private static void save(GrowthPlanEntity plan) {
        ReportFigures.update(plan);
        plan.save();
    }
}
