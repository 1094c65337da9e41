package io.mentoringspaces.model;

/**
 * An item written on a page that the app keys as it keys checklist items ({@link ChecklistKeys}): a
 * suggestion of the mentor, say. {@code entry} gives its fingerprint, {@code text} what people read.
 */
public record WrittenItem(ChecklistEntry entry, String text) {
}
