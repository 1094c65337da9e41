package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ActivityEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.Activity;
import io.mentoringspaces.model.ActivityDefinition;
import io.mentoringspaces.model.ActivityStatus;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The development activities of a plan: the activity macros of its growth-plan page (kept by the
 * index, keyed as checklist items are, so that an activity keeps its status when it is moved or its
 * title edited) and the status the pair gives each from the page.
 */
public class ActivityService {

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public ActivityService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /** The plan's activities still on its growth-plan page, in page order (one statement). */
    public List<Activity> activities(int planId) {
        return Arrays.stream(ao.find(ActivityEntity.class,
                        Query.select().where("PLAN_ID = ? AND REMOVED = ?", planId, false).order("POSITION ASC, ID ASC")))
                .map(Mapping::activity)
                .toList();
    }

    /**
     * Makes the plan's activities those of its growth-plan page, in page order: each definition gets
     * the key of its stored activity ({@link ChecklistKeys}), new ones are planned, those no longer on
     * the page are kept, with their status, as removed. Applying the same definitions twice writes
     * nothing the second time.
     */
    public List<Activity> syncActivities(int planId, List<ActivityDefinition> definitions) {
        List<ActivityDefinition> valid = validate(definitions);
        ActivityEntity[] stored = stored(planId);
        if (sync(planId, stored, valid, false)) {
            return Arrays.stream(stored)
                    .filter(e -> !e.isRemoved())
                    .sorted(Comparator.comparingInt(ActivityEntity::getPosition).thenComparingInt(ActivityEntity::getID))
                    .map(Mapping::activity)
                    .toList();
        }
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            sync(plan.getID(), stored(planId), valid, true);
            figures.activitiesChanged(plan);
            return activities(planId);
        });
    }

    /** Sets an activity's status, as the plan's mentee or mentor ({@code userKey}) says. */
    public Activity setStatus(int planId, String activityKey, ActivityStatus status, String userKey) {
        String key = Validate.matching("activityKey", activityKey, Limits.TOKEN, "mentoring.error.token");
        ActivityStatus value = Validate.present("status", status);
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            if (!user.equals(plan.getMenteeKey()) && !user.equals(plan.getMentorKey())) {
                throw new InvalidInputException("user", "mentoring.error.activity.not.the.pair");
            }
            ActivityEntity[] found = ao.find(ActivityEntity.class, Query.select().where("ROW_KEY = ?", planId + "/" + key));
            if (found.length == 0 || found[0].isRemoved()) {
                throw new NotFoundException("activityKey", "mentoring.error.activity.unknown");
            }
            ActivityEntity activity = found[0];
            activity.setStatus(value.name());
            activity.setChangedBy(user);
            activity.setChangedAt(Date.from(clock.instant()));
            activity.save();
            figures.activitiesChanged(plan);
            return Mapping.activity(activity);
        });
    }

    private ActivityEntity[] stored(int planId) {
        return ao.find(ActivityEntity.class, Query.select().where("PLAN_ID = ?", planId));
    }

    /**
     * Compares the stored activities with the definitions; with {@code write}, brings them in step.
     * Returns true when nothing needed (or needs) writing.
     */
    private boolean sync(int planId, ActivityEntity[] stored, List<ActivityDefinition> definitions, boolean write) {
        Map<String, ActivityEntity> byKey = new LinkedHashMap<>();
        List<ChecklistItemState> states = new ArrayList<>();
        for (ActivityEntity e : stored) {
            byKey.put(e.getActivityKey(), e);
            states.add(Mapping.keyed(e.getActivityKey(), e.isRemoved(), e.getFingerprint(), e.getPosition()));
        }
        List<String> keys = ChecklistKeys.assign(definitions.stream().map(ActivityDefinition::entry).toList(), states);
        boolean inStep = true;
        for (int position = 0; position < definitions.size(); position++) {
            ActivityDefinition definition = definitions.get(position);
            String key = keys.get(position);
            String fingerprint = definition.entry().fingerprint();
            ActivityEntity row = byKey.remove(key);
            if (row == null) {
                inStep = false;
                if (write) {
                    ActivityEntity created = ao.create(ActivityEntity.class,
                            new DBParam("PLAN_ID", planId),
                            new DBParam("ACTIVITY_KEY", key),
                            new DBParam("ROW_KEY", planId + "/" + key),
                            new DBParam("TITLE", definition.title()),
                            new DBParam("KIND", definition.kind().name()),
                            new DBParam("POSITION", position),
                            new DBParam("REMOVED", false),
                            new DBParam("STATUS", ActivityStatus.PLANNED.name()));
                    created.setGoalKey(definition.goalKey());
                    created.setFingerprint(fingerprint);
                    created.save();
                }
            } else if (row.isRemoved() || row.getPosition() != position || !definition.title().equals(row.getTitle())
                    || !definition.kind().name().equals(row.getKind()) || !Objects.equals(definition.goalKey(), row.getGoalKey())
                    || !Objects.equals(fingerprint, row.getFingerprint())) {
                inStep = false;
                if (write) {
                    row.setRemoved(false);
                    row.setPosition(position);
                    row.setTitle(definition.title());
                    row.setKind(definition.kind().name());
                    row.setGoalKey(definition.goalKey());
                    row.setFingerprint(fingerprint);
                    row.save();
                }
            }
        }
        for (ActivityEntity gone : byKey.values()) {
            if (!gone.isRemoved()) {
                inStep = false;
                if (write) {
                    gone.setRemoved(true);
                    gone.save();
                }
            }
        }
        return inStep;
    }

    private static List<ActivityDefinition> validate(List<ActivityDefinition> definitions) {
        Validate.present("activities", definitions);
        if (definitions.size() > Limits.ITEMS_PER_LIST) {
            throw new InvalidInputException("activities", "mentoring.error.too.many.activities", Limits.ITEMS_PER_LIST);
        }
        List<ActivityDefinition> valid = new ArrayList<>();
        for (ActivityDefinition definition : definitions) {
            String title = Validate.required("title", definition.title(), Limits.ACTIVITY_TITLE);
            Validate.present("kind", definition.kind());
            String goalKey = definition.goalKey() == null ? null
                    : Validate.matching("goalKey", definition.goalKey(), Limits.TOKEN, "mentoring.error.token");
            valid.add(new ActivityDefinition(definition.entry(), title, definition.kind(), goalKey));
        }
        return valid;
    }
}
