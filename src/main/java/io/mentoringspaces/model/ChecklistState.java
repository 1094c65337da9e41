package io.mentoringspaces.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The stored states of one checklist's items, by item key. */
public record ChecklistState(int planId, String checklistId, Map<String, ChecklistItemState> items) {

    public ChecklistState {
        items = Map.copyOf(items);
    }

    public boolean isDone(String itemKey) {
        ChecklistItemState state = items.get(itemKey);
        return state != null && state.done();
    }

    /** Percent of the given items (the checklist as it now reads) that are ticked, rounded down. */
    public int percentDone(Collection<String> currentItemKeys) {
        if (currentItemKeys.isEmpty()) {
            return 0;
        }
        long done = currentItemKeys.stream().filter(this::isDone).count();
        return (int) (done * 100 / currentItemKeys.size());
    }

    /** The checklist as it now reads, each entry with its key ({@link ChecklistKeys}) and stored state. */
    public List<ChecklistItem> resolve(List<ChecklistEntry> entries) {
        List<String> keys = ChecklistKeys.assign(entries, items.values());
        List<ChecklistItem> resolved = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            resolved.add(new ChecklistItem(keys.get(i), entries.get(i), items.get(keys.get(i))));
        }
        return resolved;
    }
}
