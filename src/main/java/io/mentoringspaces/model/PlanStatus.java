package io.mentoringspaces.model;

/** Whether a growth plan is still in use. */
public enum PlanStatus {
    ACTIVE,
    /** The space was removed or the relationship ended; the plan's data is kept for reports. */
    ARCHIVED,
    /**
     * The mentor named when the space was created has not accepted yet (or declined, and the mentee has
     * not named another mentor yet); no meetings are expected until the mentor accepts.
     */
    INVITED,
    /**
     * The pair closed the mentorship with a closing review: its figures are kept as they were on the day
     * it closed, nothing of the plan changes and no reminder is sent until the pair reopens it.
     */
    CLOSED
}
