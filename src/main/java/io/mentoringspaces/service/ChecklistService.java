package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ChecklistTickEntity;
import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.ChecklistState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The ticks of the checklists in a mentoring space: one row per plan, checklist and item. Item keys
 * follow {@link ChecklistKeys}, so that an item keeps its tick when its wording is edited and drops
 * out of the figures when it is removed.
 */
public class ChecklistService {

    /** Items on one checklist. */
    public static final int MAX_ITEMS = 200;

    private final ActiveObjects ao;
    private final Changes changes;
    private final Clock clock;
    private final PlanFiguresKeeper figures;

    public ChecklistService(ActiveObjects ao, Changes changes, Clock clock) {
        this.ao = ao;
        this.changes = changes;
        this.clock = clock;
        this.figures = new PlanFiguresKeeper(ao, clock.getZone());
    }

    /**
     * Ticks ({@code done}) or unticks an item of the checklist as it now reads ({@code entries}, from
     * the page), recording first which items the checklist has, as {@link #syncItems} does, so that
     * the plan's figures count every current item. Refuses a key that is not on the checklist.
     */
    public ChecklistState tick(int planId, String checklistId, List<ChecklistEntry> entries, String itemKey, boolean done,
            String userKey) {
        String checklist = validChecklistId(checklistId);
        List<ChecklistEntry> current = validEntries(entries);
        String item = Validate.matching("itemKey", itemKey, Limits.TOKEN, "mentoring.error.token");
        String user = Validate.required("user", userKey, Limits.USER_KEY);
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            Map<String, ChecklistTickEntity> rows = sync(plan, checklist, current);
            ChecklistTickEntity tick = rows.get(item);
            if (tick == null || tick.isRemoved()) {
                throw new NotFoundException("itemKey", "mentoring.error.checklist.item.unknown");
            }
            tick.setDone(done);
            tick.setChangedBy(user);
            tick.setChangedAt(Date.from(clock.instant()));
            tick.save();
            figures.checklistChanged(plan);
            return state(planId, checklist, rows);
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

    /** The stored states of every checklist of the plan, by checklist id (one statement). */
    public Map<String, ChecklistState> readAll(int planId) {
        Map<String, Map<String, ChecklistItemState>> byChecklist = new HashMap<>();
        for (ChecklistTickEntity e : ao.find(ChecklistTickEntity.class, Query.select().where("PLAN_ID = ?", planId))) {
            byChecklist.computeIfAbsent(e.getChecklistId(), id -> new HashMap<>()).put(e.getItemKey(), Mapping.checklistItem(e));
        }
        Map<String, ChecklistState> states = new HashMap<>();
        byChecklist.forEach((id, items) -> states.put(id, new ChecklistState(planId, id, items)));
        return states;
    }

    /**
     * Records which items a checklist now has ({@code entries}, in page order), for the page-save
     * listener: each entry gets its key by {@link ChecklistKeys} and a row (unticked when new) with
     * its fingerprint and position; stored items no entry took are marked removed, their tick kept
     * should they come back. The plan's checklist figures then count exactly the current items.
     * Applying the same entries twice changes nothing.
     */
    public ChecklistState syncItems(int planId, String checklistId, List<ChecklistEntry> entries) {
        String checklist = validChecklistId(checklistId);
        List<ChecklistEntry> current = validEntries(entries);
        ChecklistState stored = read(planId, checklist);
        if (inStep(stored, current)) {
            return stored;
        }
        return changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            Map<String, ChecklistTickEntity> rows = sync(plan, checklist, current);
            figures.checklistChanged(plan);
            return state(planId, checklist, rows);
        });
    }

    /**
     * Records which items every checklist of one page now has, as {@link #syncItems} does for one, in
     * one transaction: every checklist is checked first ({@link #validate}), so a page with one
     * checklist the app cannot hold changes nothing. Writes nothing when all are in step already.
     */
    public void syncPage(int planId, Map<String, List<ChecklistEntry>> checklists) {
        validate(checklists);
        if (checklists.isEmpty()) {
            return;
        }
        Map<String, ChecklistState> stored = readAll(planId);
        Map<String, List<ChecklistEntry>> changed = new LinkedHashMap<>();
        checklists.forEach((id, entries) -> {
            String checklist = validChecklistId(id);
            if (!inStep(stored.getOrDefault(checklist, new ChecklistState(planId, checklist, Map.of())), entries)) {
                changed.put(checklist, entries);
            }
        });
        if (changed.isEmpty()) {
            return;
        }
        changes.run(() -> {
            GrowthPlanEntity plan = figures.lock(planId);
            changed.forEach((checklist, entries) -> sync(plan, checklist, entries));
            figures.checklistChanged(plan);
            return null;
        });
    }

    /**
     * Refuses checklists the app cannot hold, naming the first at fault: a checklist id that is not 1–64
     * letters, digits, hyphens and underscores, more than {@link #MAX_ITEMS} items, a malformed fixed
     * key. Writes nothing, reads nothing.
     */
    public static void validate(Map<String, List<ChecklistEntry>> checklists) {
        checklists.forEach((id, entries) -> {
            validChecklistId(id);
            validEntries(entries);
        });
    }

    /** True when the stored items are exactly the entries, in their order: syncing would write nothing. */
    private static boolean inStep(ChecklistState stored, List<ChecklistEntry> entries) {
        List<String> keys = ChecklistKeys.assign(entries, stored.items().values());
        Set<String> current = new HashSet<>(keys);
        for (int position = 0; position < entries.size(); position++) {
            ChecklistItemState item = stored.items().get(keys.get(position));
            if (item == null || item.removed() || item.position() != position
                    || !Objects.equals(item.fingerprint(), entries.get(position).fingerprint())) {
                return false;
            }
        }
        return stored.items().values().stream().allMatch(item -> item.removed() || current.contains(item.itemKey()));
    }

    /** Brings the checklist's rows in line with its entries; returns every row of the checklist by key. */
    private Map<String, ChecklistTickEntity> sync(GrowthPlanEntity plan, String checklist, List<ChecklistEntry> entries) {
        Map<String, ChecklistTickEntity> rows = new HashMap<>();
        List<ChecklistItemState> stored = new ArrayList<>();
        for (ChecklistTickEntity e : ao.find(ChecklistTickEntity.class,
                Query.select().where("PLAN_ID = ? AND CHECKLIST_ID = ?", plan.getID(), checklist))) {
            rows.put(e.getItemKey(), e);
            stored.add(Mapping.checklistItem(e));
        }
        List<String> keys = ChecklistKeys.assign(entries, stored);
        Map<String, ChecklistTickEntity> gone = new HashMap<>(rows);
        for (int position = 0; position < entries.size(); position++) {
            String key = Validate.matching("itemKey", keys.get(position), Limits.TOKEN, "mentoring.error.token");
            String fingerprint = entries.get(position).fingerprint();
            ChecklistTickEntity row = gone.remove(key);
            if (row == null) {
                rows.put(key, createRow(plan, checklist, key, fingerprint, position));
            } else if (row.isRemoved() || row.getPosition() != position || !Objects.equals(row.getFingerprint(), fingerprint)) {
                row.setRemoved(false);
                row.setPosition(position);
                row.setFingerprint(fingerprint);
                row.save();
            }
        }
        for (ChecklistTickEntity row : gone.values()) {
            if (!row.isRemoved()) {
                row.setRemoved(true);
                row.save();
            }
        }
        return rows;
    }

    private static ChecklistState state(int planId, String checklist, Map<String, ChecklistTickEntity> rows) {
        Map<String, ChecklistItemState> items = new HashMap<>();
        rows.forEach((key, row) -> items.put(key, Mapping.checklistItem(row)));
        return new ChecklistState(planId, checklist, items);
    }

    private ChecklistTickEntity createRow(GrowthPlanEntity plan, String checklist, String item, String fingerprint,
            int position) {
        List<DBParam> values = new ArrayList<>(List.of(
                new DBParam("PLAN_ID", plan.getID()),
                new DBParam("CHECKLIST_ID", checklist),
                new DBParam("ITEM_KEY", item),
                new DBParam("TICK_KEY", plan.getID() + "/" + checklist + "/" + item),
                new DBParam("DONE", false),
                new DBParam("REMOVED", false),
                new DBParam("POSITION", position)));
        if (fingerprint != null) {
            values.add(new DBParam("FINGERPRINT", fingerprint));
        }
        return ao.create(ChecklistTickEntity.class, values.toArray(new DBParam[0]));
    }

    private static String validChecklistId(String checklistId) {
        return Validate.matching("checklistId", checklistId, Limits.TOKEN, "mentoring.error.token");
    }

    private static List<ChecklistEntry> validEntries(List<ChecklistEntry> entries) {
        Validate.present("items", entries);
        if (entries.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "mentoring.error.too.many.items", MAX_ITEMS);
        }
        for (ChecklistEntry entry : entries) {
            if (entry.fixedKey() != null) {
                Validate.matching("itemKey", entry.fixedKey(), Limits.TOKEN, "mentoring.error.token");
            }
        }
        return List.copyOf(entries);
    }
}
