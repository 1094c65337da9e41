package io.mentoringspaces.model;

import java.util.Collection;
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
}
