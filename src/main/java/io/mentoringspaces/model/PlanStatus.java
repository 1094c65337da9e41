package io.mentoringspaces.model;

/** Whether a growth plan is still in use. */
public enum PlanStatus {
    ACTIVE,
    /** The space was removed or the relationship ended; the plan's data is kept for reports. */
    ARCHIVED
}
