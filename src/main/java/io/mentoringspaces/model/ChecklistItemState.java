package io.mentoringspaces.model;

import java.time.Instant;

/**
 * The stored state of one checklist item; who and when are null before the first tick. The
 * fingerprint of the item's text (null for items with a fixed key) and its position on the checklist
 * are those of the last time the item was seen, so that an item whose wording was edited keeps its
 * key (see {@link ChecklistKeys}).
 */
public record ChecklistItemState(
        String itemKey,
        boolean done,
        String changedBy,
        Instant changedAt,
        boolean removed,
        String fingerprint,
        int position) {
}
