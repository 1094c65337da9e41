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

    /** Parameters of {@link #GOAL}; {@link #GOAL_KEY} is also the parameter of {@link #GOAL_PROGRESS}. */
    public static final String GOAL_KEY = "goalKey";
    public static final String TITLE = "title";
    public static final String TARGET = "target";
    public static final String EVALUATION = "evaluation";
    public static final String DUE_DATE = "dueDate";
    public static final String STATUS = "status";
    /** Parameter of {@link #CHECKLIST} naming its checklist; a macro without one is the mentee checklist. */
    public static final String CHECKLIST_ID = "checklistId";

    private MacroNames() {
    }
}
