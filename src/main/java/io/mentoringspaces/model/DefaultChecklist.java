package io.mentoringspaces.model;

import java.util.List;

/**
 * The built-in mentee checklist that a checklist macro with an empty body shows: the ten duties of a
 * mentee, known by fixed keys. Their wording is in the i18n bundle under
 * {@code mentoring.macro.checklist.default.<key>}.
 */
public final class DefaultChecklist {

    /** The checklist id a checklist macro uses when it names none. */
    public static final String ID = "mentee";

    public static final List<String> KEYS = List.of("growth-plan", "meeting-times", "discussion-points", "agreed-tasks",
            "mentor-suggestions", "feedback", "skill-building", "confidentiality", "progress", "mentor-time");

    private DefaultChecklist() {
    }

    public static List<ChecklistEntry> entries() {
        return KEYS.stream().map(ChecklistEntry::fixed).toList();
    }
}
