package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistState;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The ticks of the checklists in a mentoring space: one row per plan, checklist and item. */
public class ChecklistService {

    /** Items on one checklist. */
    public static final int MAX_ITEMS = 200;

    private final ActiveObjects ao;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public ChecklistService(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao);
    }

    /** Ticks ({@code done}) or unticks an item, creating its row on first use. */
    public ChecklistItemState tick(int planId, String checklistId, String itemKey, boolean done, String userKey) {
        String checklist = Validate.matching("checklistId", checklistId, Limits.TOKEN, "mentoring.error.token");
        String item = Validate.matching("itemKey", itemKey, Limits.TOKEN, "mentoring.error.token");
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return ao.executeInTransaction(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            String tickKey = tickKey(planId, checklist, item);
            ChecklistTickEntity[] found = ao.find(ChecklistTickEntity.class, Query.select().where("TICK_KEY = ?", tickKey));
            ChecklistTickEntity tick = found.length > 0 ? found[0] : createRow(plan, checklist, item, tickKey);
            tick.setDone(done);
            tick.setRemoved(false);
            tick.setChangedBy(user);
            tick.setChangedAt(Date.from(clock.instant()));
            tick.save();
            figures.checklistChanged(plan);
            return Mapping.checklistItem(tick);
        });
    }

    /** The stored state of a checklist's items (one statement). */
    public ChecklistState read(int planId, String checklistId) {
        Map<String, ChecklistItemState> items = new HashMap<>();
        for (ChecklistTickEntity e : ao.find(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND CHECKLIST_ID = ?", planId, checklistId))) {
            items.put(e.getItemKey(), Mapping.checklistItem(e));
        }
        return new ChecklistState(planId, checklistId, items);
    }

    /**
     * Records which items a checklist now has, so that the plan's checklist figure counts exactly
     * those: new items get an unticked row, items no longer there are marked removed (their tick is
     * kept should they come back). Applying the same list twice changes nothing.
     */
    public ChecklistState syncItems(int planId, String checklistId, List<String> itemKeys) {
        String checklist = Validate.matching("checklistId", checklistId, Limits.TOKEN, "mentoring.error.token");
        Validate.present("items", itemKeys);
        if (itemKeys.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "mentoring.error.too.many.items", MAX_ITEMS);
        }
        Set<String> wanted = new HashSet<>();
        for (String key : itemKeys) {
            wanted.add(Validate.matching("itemKey", key, Limits.TOKEN, "mentoring.error.token"));
        }
        return ao.executeInTransaction(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            Map<String, ChecklistItemState> items = new HashMap<>();
            Set<String> missing = new HashSet<>(wanted);
            for (ChecklistTickEntity e : ao.find(ChecklistTickEntity.class,
                    Query.select().where("PLAN_ID = ? AND CHECKLIST_ID = ?", planId, checklist))) {
                boolean removed = !missing.remove(e.getItemKey());
                if (e.isRemoved() != removed) {
                    e.setRemoved(removed);
                    e.save();
                }
                items.put(e.getItemKey(), Mapping.checklistItem(e));
            }
            for (String item : missing) {
                items.put(item, Mapping.checklistItem(createRow(plan, checklist, item, tickKey(planId, checklist, item))));
            }
            figures.checklistChanged(plan);
            return new ChecklistState(planId, checklist, items);
        });
    }

    private ChecklistTickEntity createRow(GrowthPlanEntity plan, String checklist, String item, String tickKey) {
        return ao.create(ChecklistTickEntity.class,
                new DBParam("PLAN_ID", plan.getID()),
                new DBParam("CHECKLIST_ID", checklist),
                new DBParam("ITEM_KEY", item),
                new DBParam("TICK_KEY", tickKey),
                new DBParam("DONE", false),
                new DBParam("REMOVED", false));
    }

    private static String tickKey(int planId, String checklistId, String itemKey) {
        return planId + "/" + checklistId + "/" + itemKey;
    }
}
