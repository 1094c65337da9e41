package io.mentoringspaces.storage;

/** The storage-format names ({@code ac:name}) of the app's macros and their parameters. */
public final class MacroNames {

    public static final String GOAL = "mentoring-goal";
    public static final String GOAL_PROGRESS = "mentoring-goal-progress";
    public static final String CHECKLIST = "mentoring-checklist";
    public static final String MEETINGS = "mentoring-meetings";
    /** The meeting record on a meeting page; its rich-text body holds the session's aims. */
    public static final String MEETING = "mentoring-meeting";
    public static final String PROGRAMME_REPORT = "mentoring-programme-report";
    /** A side's feedback on a meeting; its parameter {@link #SIDE} is {@code mentee} or {@code mentor}. */
    public static final String FEEDBACK = "mentoring-feedback";
    public static final String FEEDBACK_LOG = "mentoring-feedback-log";
    public static final String ACTION_ITEMS = "mentoring-action-items";
    public static final String ACTIVITY = "mentoring-activity";

    /** Parameters of {@link #GOAL}; {@link #GOAL_KEY} is also the parameter of {@link #GOAL_PROGRESS}. */
    public static final String GOAL_KEY = "goalKey";
    public static final String TITLE = "title";
    public static final String TARGET = "target";
    public static final String EVALUATION = "evaluation";
    public static final String DUE_DATE = "dueDate";
    public static final String STATUS = "status";
    /** Parameter of {@link #CHECKLIST} naming its checklist; a macro without one is the mentee checklist. */
    public static final String CHECKLIST_ID = "checklistId";
    /** Parameter of {@link #FEEDBACK}: whose feedback the macro's body is. */
    public static final String SIDE = "side";
    /** Parameter of {@link #ACTIVITY} naming what the activity is (course, project, event, other); it also takes {@link #TITLE} and {@link #GOAL_KEY}. */
    public static final String KIND = "kind";

    private MacroNames() {
    }
}
