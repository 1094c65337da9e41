package io.mentoringspaces.model;

import java.time.Instant;

/**
 * A goal as it is now and as it stood at a meeting: {@code then} holds the goal with the status and
 * progress of the latest update recorded by the end of the meeting's day (not started at 0 % when
 * none was) and only the updates recorded by then.
 */
public record GoalAtMeeting(GoalProgress now, GoalProgress then) {

    /** When the update the goal stood at was recorded; null when none had been. */
    public Instant recordedAt() {
        return then.recentUpdates().isEmpty() ? null : then.recentUpdates().get(0).createdAt();
    }
}
