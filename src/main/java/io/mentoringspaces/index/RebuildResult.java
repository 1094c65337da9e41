package io.mentoringspaces.index;

import java.util.List;

/**
 * What rebuilding a space's index found: meeting pages linked (current ones), links marked trashed,
 * links removed (page purged, moved away or no longer labelled), the goals indexed from the
 * growth-plan page ({@code growthPlanPageId} 0 and no goals when the space has none; no goals when
 * that page was skipped), and the ids of the pages skipped whole because they could not be read or
 * applied, in page-id order.
 */
public record RebuildResult(int meetingsLinked, int meetingsTrashed, int meetingsUnlinked, long growthPlanPageId, int goals,
        List<Long> skippedPages) {

    public RebuildResult {
        skippedPages = List.copyOf(skippedPages);
    }
}
