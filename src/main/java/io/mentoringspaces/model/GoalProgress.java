package io.mentoringspaces.model;

import java.util.List;

/**
 * A goal with its most recent progress updates (newest first) and the mentor's latest agreement,
 * which is null when the mentor has not agreed yet.
 */
public record GoalProgress(Goal goal, List<ProgressUpdate> recentUpdates, MentorAgreement latestAgreement) {

    public GoalProgress {
        recentUpdates = List.copyOf(recentUpdates);
    }

    /** Compares the agreed target text with the goal's current one. */
    public AgreementState agreementState() {
        return AgreementState.of(latestAgreement, goal.target());
    }
}
