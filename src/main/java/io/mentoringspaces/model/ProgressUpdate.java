package io.mentoringspaces.model;

import java.time.Instant;

/** A progress update of a goal; {@code meetingPageId} is 0 when it was not made on a meeting page. */
public record ProgressUpdate(
        int id,
        int goalId,
        int progressPercent,
        GoalStatus status,
        String note,
        String authorKey,
        Instant createdAt,
        long meetingPageId) {
}
