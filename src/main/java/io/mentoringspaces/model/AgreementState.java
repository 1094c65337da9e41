package io.mentoringspaces.model;

import java.util.Objects;

/** Whether the mentor agreed to a goal's current target. */
public enum AgreementState {
    NOT_AGREED,
    AGREED,
    /** The mentor agreed, but the target has been edited since. */
    TARGET_CHANGED;

    /**
     * The state of a goal whose target now reads {@code currentTarget}, given the mentor's latest
     * agreement (null before any): the texts are compared with surrounding blanks ignored, a blank
     * target reading as none.
     */
    public static AgreementState of(MentorAgreement latestAgreement, String currentTarget) {
        if (latestAgreement == null) {
            return NOT_AGREED;
        }
        return Objects.equals(blankToNull(latestAgreement.targetText()), blankToNull(currentTarget)) ? AGREED : TARGET_CHANGED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
