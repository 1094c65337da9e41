package io.mentoringspaces.model;

import java.time.Instant;

/** The stored state of one checklist item; who and when are null before the first tick. */
public record ChecklistItemState(String itemKey, boolean done, String changedBy, Instant changedAt, boolean removed) {
}
