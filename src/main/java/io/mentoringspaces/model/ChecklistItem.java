package io.mentoringspaces.model;

/** An entry of a checklist as it now reads, with its key and its stored state (null before the item was stored). */
public record ChecklistItem(String key, ChecklistEntry entry, ChecklistItemState state) {

    public boolean done() {
        return state != null && state.done();
    }
}
