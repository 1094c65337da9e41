package io.mentoringspaces.storage;

import io.mentoringspaces.model.GoalKeys;

/**
 * One {@code mentoring-goal} macro as written on a page: its parameters as text, trimmed, null when
 * absent or blank. Nothing is validated here.
 */
public record GoalMacro(String goalKey, String title, String target, String evaluation, String dueDate, String status) {

    /**
     * The goal's key: its {@code goalKey} parameter, or, for a macro written without one, a key derived
     * from its title ({@link GoalKeys#fromTitle}), so that the same title always gives the same
     * key. Null without key and title.
     */
    public String effectiveKey() {
        if (goalKey != null) {
            return goalKey;
        }
        return title == null ? null : GoalKeys.fromTitle(title);
    }
}
