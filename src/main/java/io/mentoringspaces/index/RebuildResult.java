package io.mentoringspaces.index;

/**
 * What rebuilding a space's index found: meeting pages linked (current ones), links marked trashed,
 * links removed (page purged, moved away or no longer labelled), and the goals indexed from the
 * growth-plan page ({@code growthPlanPageId} 0 and no goals when the space has none).
 */
public record RebuildResult(int meetingsLinked, int meetingsTrashed, int meetingsUnlinked, long growthPlanPageId, int goals) {
}
