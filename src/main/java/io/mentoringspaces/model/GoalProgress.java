package io.mentoringspaces.model;

import java.util.List;
import java.util.Objects;

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
        if (latestAgreement == null) {
            return AgreementState.NOT_AGREED;
        }
        return Objects.equals(blankToNull(latestAgreement.targetText()), blankToNull(goal.target()))
                ? AgreementState.AGREED
                : AgreementState.TARGET_CHANGED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
