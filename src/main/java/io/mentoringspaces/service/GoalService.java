package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.GoalEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.ao.MentorAgreementEntity;
import io.mentoringspaces.ao.ProgressUpdateEntity;
import io.mentoringspaces.model.Goal;
import io.mentoringspaces.model.GoalAtMeeting;
import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalIndexChange;
import io.mentoringspaces.model.GoalProgress;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.model.MentorAgreement;
import io.mentoringspaces.model.ProgressUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The goal index of a plan (one row per goal macro on the growth-plan page), the progress recorded
 * against those goals and the mentor's agreements to their targets.
 */
public class GoalService {

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public GoalService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /**
     * Makes the plan's goal index match the goal macros of its growth-plan page, in page order:
     * goals are created or updated by goal key, goals no longer on the page are archived (with their
     * history) and come back when their macro does. Applying the same list twice changes nothing
     * (the second time writes nothing).
     */
    public GoalIndexChange replaceGoalIndex(int planId, List<GoalDefinition> definitions) {
        List<GoalDefinition> valid = validate(definitions);
        return changes.run(() -> {
            GoalEntity[] indexed = ao.find(GoalEntity.class, Query.select().where("PLAN_ID = ?", planId));
            if (indexed.length > 0 && matchesIndex(indexed, valid)) {
                // The page says what the index holds: the plan is neither locked nor written.
                return new GoalIndexChange(0, 0, 0, valid.size());
            }
            GrowthPlanEntity plan = figures.lock(planId);
            Map<String, GoalEntity> existing = new HashMap<>();
            for (GoalEntity goal : ao.find(GoalEntity.class, Query.select().where("PLAN_ID = ?", planId))) {
                existing.put(goal.getGoalKey(), goal);
            }
            Date now = Date.from(clock.instant());
            LocalDate today = LocalDate.ofInstant(now.toInstant(), clock.getZone());
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<GoalEntity> current = new ArrayList<>();
            for (int position = 0; position < valid.size(); position++) {
                GoalDefinition definition = valid.get(position);
                GoalEntity goal = existing.remove(definition.goalKey());
                if (goal == null) {
                    current.add(createGoal(plan, definition, position, now, today));
                    created++;
                } else if (applyDefinition(goal, definition, position, now, today)) {
                    current.add(goal);
                    updated++;
                } else {
                    current.add(goal);
                    unchanged++;
                }
            }
            int archived = 0;
            for (GoalEntity gone : existing.values()) {
                if (!gone.isArchived()) {
                    gone.setArchived(true);
                    gone.setUpdatedAt(now);
                    gone.save();
                    archived++;
                }
            }
            figures.goalsChanged(plan, current.toArray(new GoalEntity[0]));
            return new GoalIndexChange(created, updated, archived, unchanged);
        });
    }

    /**
     * Records a progress update on a current goal of the plan; it becomes the goal's progress and
     * status. {@code meetingPageId} is the meeting page it was made on, or 0.
     */
    public ProgressUpdate recordProgress(int planId, String goalKey, int percent, GoalStatus status, String note,
            String authorKey, long meetingPageId) {
        String key = Validate.matching("goalKey", goalKey, Limits.TOKEN, "mentoring.error.token");
        Validate.percent("percent", percent);
        GoalStatus newStatus = Validate.present("status", status);
        String text = Validate.optional("note", note, Limits.NOTE);
        String author = Validate.required("author", authorKey, Limits.USER_KEY);
        if (meetingPageId < 0) {
            throw new InvalidInputException("meetingPageId", "mentoring.error.page.id", new FieldName("meetingPageId"));
        }
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            GoalEntity goal = requireCurrentGoal(planId, key);
            Date now = Date.from(clock.instant());
            ProgressUpdateEntity update = ao.create(ProgressUpdateEntity.class,
                    new DBParam("GOAL_ID", goal.getID()),
                    new DBParam("PLAN_ID", plan.getID()),
                    new DBParam("PROGRESS_PERCENT", percent),
                    new DBParam("STATUS", newStatus.name()),
                    new DBParam("AUTHOR_KEY", author),
                    new DBParam("CREATED_AT", now),
                    new DBParam("MEETING_PAGE_ID", meetingPageId));
            update.setNote(text);
            update.save();
            goal.setProgressPercent(percent);
            setStatus(goal, newStatus, LocalDate.ofInstant(now.toInstant(), clock.getZone()));
            goal.setUpdatedAt(now);
            goal.save();
            figures.goalsChanged(plan);
            return Mapping.progressUpdate(update);
        });
    }

    /** Records that the plan's mentor agrees to the goal's target as it now reads. */
    public MentorAgreement recordAgreement(int planId, String goalKey, String mentorKey) {
        String key = Validate.matching("goalKey", goalKey, Limits.TOKEN, "mentoring.error.token");
        String mentor = Validate.required("mentor", mentorKey, Limits.USER_KEY);
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            if (!mentor.equals(plan.getMentorKey())) {
                throw new InvalidInputException("mentor", "mentoring.error.not.the.mentor");
            }
            GoalEntity goal = requireCurrentGoal(planId, key);
            MentorAgreementEntity agreement = ao.create(MentorAgreementEntity.class,
                    new DBParam("GOAL_ID", goal.getID()),
                    new DBParam("PLAN_ID", plan.getID()),
                    new DBParam("MENTOR_KEY", mentor),
                    new DBParam("AGREED_AT", Date.from(clock.instant())));
            agreement.setTargetText(goal.getTarget());
            agreement.save();
            goal.setAgreementId(agreement.getID());
            goal.setAgreedBy(mentor);
            goal.setAgreedAt(agreement.getAgreedAt());
            goal.setAgreedTarget(goal.getTarget());
            goal.save();
            figures.goalsChanged(plan);
            return Mapping.agreement(agreement);
        });
    }

    /** The plan's current goals in page order. */
    public List<Goal> currentGoals(int planId) {
        List<Goal> goals = new ArrayList<>();
        for (GoalEntity goal : findCurrentGoals(planId)) {
            goals.add(Mapping.goal(goal));
        }
        return goals;
    }

    /**
     * The plan's current goals in page order, each with its {@code historySize} latest progress updates
     * and the mentor's latest agreement (kept on the goal row): two statements, however many goals and
     * updates there are.
     */
    public List<GoalProgress> currentGoalsWithProgress(int planId, int historySize) {
        GoalEntity[] goals = findCurrentGoals(planId);
        if (goals.length == 0) {
            return List.of();
        }
        Map<Integer, List<ProgressUpdate>> updates = new HashMap<>();
        for (ProgressUpdateEntity e : ao.find(ProgressUpdateEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order("CREATED_AT DESC, ID DESC"))) {
            keep(updates, Mapping.progressUpdate(e), historySize);
        }
        List<GoalProgress> result = new ArrayList<>();
        for (GoalEntity goal : goals) {
            result.add(new GoalProgress(Mapping.goal(goal), updates.getOrDefault(goal.getID(), List.of()),
                    Mapping.latestAgreement(goal)));
        }
        return result;
    }

    /**
     * The plan's current goals in page order, each as it is now and as it stood at a meeting held on
     * {@code meetingDate}: then, its status and progress are those of the latest update recorded before
     * the end of that day (in the app's time zone), or not started at 0 % when none was, and its history
     * holds only the updates recorded by then. Each side keeps up to {@code historySize} updates, newest
     * first. Two statements, however many goals and updates there are.
     */
    public List<GoalAtMeeting> goalsAtMeeting(int planId, LocalDate meetingDate, int historySize) {
        Validate.date("meetingDate", meetingDate);
        GoalEntity[] goals = findCurrentGoals(planId);
        if (goals.length == 0) {
            return List.of();
        }
        Instant end = meetingDate.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Integer, List<ProgressUpdate>> now = new HashMap<>();
        Map<Integer, List<ProgressUpdate>> then = new HashMap<>();
        for (ProgressUpdateEntity e : ao.find(ProgressUpdateEntity.class,
                Query.select().where("PLAN_ID = ?", planId).order("CREATED_AT DESC, ID DESC"))) {
            ProgressUpdate update = Mapping.progressUpdate(e);
            keep(now, update, historySize);
            if (update.createdAt().isBefore(end)) {
                keep(then, update, historySize);
            }
        }
        List<GoalAtMeeting> result = new ArrayList<>();
        for (GoalEntity entity : goals) {
            Goal goal = Mapping.goal(entity);
            List<ProgressUpdate> before = then.getOrDefault(goal.id(), List.of());
            ProgressUpdate stood = before.isEmpty() ? null : before.get(0);
            Goal past = new Goal(goal.id(), goal.planId(), goal.goalKey(), goal.title(), goal.target(), goal.dueDate(),
                    stood == null ? GoalStatus.NOT_STARTED : stood.status(), stood == null ? 0 : stood.progressPercent(),
                    goal.position(), goal.archived(), stood == null ? null : stood.createdAt());
            MentorAgreement agreement = Mapping.latestAgreement(entity);
            result.add(new GoalAtMeeting(new GoalProgress(goal, now.getOrDefault(goal.id(), List.of()), agreement),
                    new GoalProgress(past, before, agreement)));
        }
        return result;
    }

    /** Adds the update to its goal's history while that holds fewer than {@code size}. */
    private static void keep(Map<Integer, List<ProgressUpdate>> histories, ProgressUpdate update, int size) {
        List<ProgressUpdate> history = histories.computeIfAbsent(update.goalId(), id -> new ArrayList<>());
        if (history.size() < size) {
            history.add(update);
        }
    }

    private GoalEntity[] findCurrentGoals(int planId) {
        return ao.find(GoalEntity.class,
                Query.select().where("PLAN_ID = ? AND ARCHIVED = ?", planId, false).order("PAGE_POSITION ASC, ID ASC"));
    }

    private GoalEntity requireCurrentGoal(int planId, String goalKey) {
        GoalEntity[] found = ao.find(GoalEntity.class,
                Query.select().where("PLAN_ID = ? AND GOAL_KEY = ? AND ARCHIVED = ?", planId, goalKey, false));
        if (found.length == 0) {
            throw new NotFoundException("goalKey", "mentoring.error.goal.unknown");
        }
        return found[0];
    }

    /**
     * Sets the goal's status and the day it became achieved: {@code today} when it becomes achieved now,
     * unchanged while it stays achieved, none once it is anything else.
     */
    private static void setStatus(GoalEntity goal, GoalStatus status, LocalDate today) {
        if (status != GoalStatus.ACHIEVED) {
            goal.setAchievedOn(null);
        } else if (!GoalStatus.ACHIEVED.name().equals(goal.getStatus())) {
            goal.setAchievedOn(today.toString());
        }
        goal.setStatus(status.name());
    }

    private GoalEntity createGoal(GrowthPlanEntity plan, GoalDefinition definition, int position, Date now, LocalDate today) {
        GoalEntity goal = ao.create(GoalEntity.class,
                new DBParam("PLAN_ID", plan.getID()),
                new DBParam("GOAL_KEY", definition.goalKey()),
                new DBParam("TITLE", definition.title()),
                new DBParam("STATUS", definition.status().name()),
                new DBParam("PAGE_STATUS", definition.status().name()),
                new DBParam("PROGRESS_PERCENT", 0),
                new DBParam("PAGE_POSITION", position),
                new DBParam("ARCHIVED", false),
                new DBParam("UPDATED_AT", now),
                new DBParam("AGREEMENT_ID", 0));
        goal.setTarget(definition.target());
        goal.setDueDate(Mapping.iso(definition.dueDate()));
        if (definition.status() == GoalStatus.ACHIEVED) {
            goal.setAchievedOn(today.toString());
        }
        goal.save();
        return goal;
    }

    /** True when every goal of the list is indexed as it reads, in its place, and no other goal is current. */
    private static boolean matchesIndex(GoalEntity[] indexed, List<GoalDefinition> definitions) {
        Map<String, GoalEntity> byKey = new HashMap<>();
        for (GoalEntity goal : indexed) {
            byKey.put(goal.getGoalKey(), goal);
        }
        for (int position = 0; position < definitions.size(); position++) {
            GoalDefinition definition = definitions.get(position);
            GoalEntity goal = byKey.remove(definition.goalKey());
            if (goal == null || goal.isArchived() || goal.getPagePosition() != position
                    || !definition.title().equals(goal.getTitle()) || !Objects.equals(definition.target(), goal.getTarget())
                    || !Objects.equals(Mapping.iso(definition.dueDate()), goal.getDueDate())
                    || !definition.status().name().equals(goal.getPageStatus())) {
                return false;
            }
        }
        return byKey.values().stream().allMatch(GoalEntity::isArchived);
    }

    /** Copies what the page says onto the row; true when anything changed. */
    private static boolean applyDefinition(GoalEntity goal, GoalDefinition definition, int position, Date now,
            LocalDate today) {
        boolean changed = false;
        if (!definition.title().equals(goal.getTitle())) {
            goal.setTitle(definition.title());
            changed = true;
        }
        if (!Objects.equals(definition.target(), goal.getTarget())) {
            goal.setTarget(definition.target());
            changed = true;
        }
        String due = Mapping.iso(definition.dueDate());
        if (!Objects.equals(due, goal.getDueDate())) {
            goal.setDueDate(due);
            changed = true;
        }
        String pageStatus = definition.status().name();
        if (!pageStatus.equals(goal.getPageStatus())) {
            // The page's status changed since it was last indexed: the newest word wins.
            goal.setPageStatus(pageStatus);
            setStatus(goal, definition.status(), today);
            changed = true;
        }
        if (goal.getPagePosition() != position) {
            goal.setPagePosition(position);
            changed = true;
        }
        if (goal.isArchived()) {
            goal.setArchived(false);
            changed = true;
        }
        if (changed) {
            goal.setUpdatedAt(now);
            goal.save();
        }
        return changed;
    }

    private static List<GoalDefinition> validate(List<GoalDefinition> definitions) {
        Validate.present("goals", definitions);
        if (definitions.size() > Limits.GOALS_PER_PLAN) {
            throw new InvalidInputException("goals", "mentoring.error.too.many.goals", Limits.GOALS_PER_PLAN);
        }
        Map<String, GoalDefinition> valid = new LinkedHashMap<>();
        for (GoalDefinition definition : definitions) {
            String key = Validate.matching("goalKey", definition.goalKey(), Limits.TOKEN, "mentoring.error.token");
            if (valid.containsKey(key)) {
                throw new InvalidInputException("goalKey", "mentoring.error.goal.duplicate", key);
            }
            String title = Validate.required("title", definition.title(), Limits.GOAL_TITLE);
            String target = Validate.optional("target", definition.target(), Limits.GOAL_TARGET);
            LocalDate due = Validate.optionalDate("dueDate", definition.dueDate());
            GoalStatus status = definition.status() == null ? GoalStatus.NOT_STARTED : definition.status();
            valid.put(key, new GoalDefinition(key, title, target, due, status));
        }
        return List.copyOf(valid.values());
    }
}
