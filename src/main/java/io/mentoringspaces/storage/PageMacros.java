package io.mentoringspaces.storage;

import io.mentoringspaces.model.ChecklistEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's macros on one page, as {@link StorageReader} reads them from its storage format.
 *
 * @param goals      the goal macros in page order, wherever they are on the page
 * @param checklists each checklist id (the default id for a checklist macro that names none) with the
 *                   items of the first checklist macro with that id, in page order; the built-in
 *                   mentee checklist's entries for a macro with an empty body
 */
public record PageMacros(List<GoalMacro> goals, Map<String, List<ChecklistEntry>> checklists) {

    /** A page with none of the app's macros (or no page at all). */
    public static final PageMacros NONE = new PageMacros(List.of(), Map.of());

    public PageMacros {
        goals = List.copyOf(goals);
        Map<String, List<ChecklistEntry>> copy = new LinkedHashMap<>();
        checklists.forEach((id, entries) -> copy.put(id, List.copyOf(entries)));
        checklists = Collections.unmodifiableMap(copy);
    }

    /** The items of the page's checklist with that id; empty when the page has no such checklist. */
    public Optional<List<ChecklistEntry>> checklist(String checklistId) {
        return Optional.ofNullable(checklists.get(checklistId));
    }
}
