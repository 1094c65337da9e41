package io.mentoringspaces.model;

import java.time.Instant;

/**
 * A development activity of a plan (an activity macro on its growth-plan page) with the status the
 * pair gave it; who and when are null before the first change. Its title is shown only to users who
 * may view the pair's pages.
 */
public record Activity(String key, String title, ActivityKind kind, String goalKey, int position, ActivityStatus status,
        String changedBy, Instant changedAt) {
}
