package io.mentoringspaces.model;

import java.util.List;

/**
 * What a meeting page shows of the items written on the plan's meeting pages: the open action items
 * of earlier meetings (oldest meeting first, then in page order) and the mentor's suggestions on this
 * page that are still there (in page order).
 */
public record MeetingPageItems(List<CarriedActionItem> carried, List<Suggestion> suggestions) {

    public MeetingPageItems {
        carried = List.copyOf(carried);
        suggestions = List.copyOf(suggestions);
    }
}
