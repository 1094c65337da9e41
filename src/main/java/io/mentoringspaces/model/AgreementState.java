package io.mentoringspaces.model;

/** Whether the mentor agreed to a goal's current target. */
public enum AgreementState {
    NOT_AGREED,
    AGREED,
    /** The mentor agreed, but the target has been edited since. */
    TARGET_CHANGED
}
