package io.mentoringspaces.service;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The limits services enforce on input; the README lists them for REST clients. */
public final class Limits {

    /** Programme keys: 2–32 characters, lower-case letters, digits and hyphens, starting with a letter. */
    public static final Pattern PROGRAMME_KEY = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    /** Goal keys, checklist ids and item keys: 1–64 letters, digits, {@code -} and {@code _}. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public static final int PROGRAMME_NAME = 100;
    public static final int PROGRAMME_DESCRIPTION = 2000;
    public static final int GROUP_NAME = 255;
    public static final int SPACE_KEY = 255;
    public static final int USER_KEY = 255;
    public static final int USER_NAME = 255;
    public static final int GOAL_TITLE = 255;
    public static final int GOAL_TARGET = 450;
    public static final int NOTE = 2000;
    public static final int MEETING_TITLE = 255;
    /** A goal's evaluation points (a parameter of its macro). */
    public static final int EVALUATION = 2000;
    /** The aims of a meeting, from the meeting wizard. */
    public static final int AIMS = 2000;
    /** Goals on one growth plan. */
    public static final int GOALS_PER_PLAN = 200;
    /** Shortest and longest agreed meeting, in minutes. */
    public static final int MEETING_MINUTES_MIN = 15;
    public static final int MEETING_MINUTES_MAX = 480;
    /** The agreed place or link of the meetings. */
    public static final int MEETING_PLACE = 255;
    /** An action item's text is kept up to this length (longer ones are cut). */
    public static final int ACTION_ITEM_TEXT = 450;
    /** A suggestion's text is kept up to this length (longer ones are cut). */
    public static final int SUGGESTION_TEXT = 450;
    /** A feedback macro's text is kept up to this length (longer ones are cut). */
    public static final int FEEDBACK_TEXT = 2000;
    /** The reason a mentor may give when declining an invitation. */
    public static final int DECLINE_REASON = 450;
    /** An activity's title. */
    public static final int ACTIVITY_TITLE = 255;
    /** Action items on one meeting page. */
    public static final int TASKS_PER_PAGE = 500;
    /** Suggestions on one meeting page, and activities on one growth plan. */
    public static final int ITEMS_PER_LIST = 200;
    /** A session's pulse: usefulness from 1 to 5. */
    public static final int PULSE_MIN = 1;
    public static final int PULSE_MAX = 5;
    /** The space wizard's first objectives in all: a plan's goals, each a title and its line break (CRLF). */
    public static final int OBJECTIVES = GOALS_PER_PLAN * (GOAL_TITLE + 2);
    /** Any other parameter of a REST call, a servlet page or a wizard, when nothing stricter applies. */
    public static final int PARAMETER = 255;

    /** A REST request's body, in bytes; a larger one is refused with 413 while it is read. */
    public static final int BODY_BYTES = 64 * 1024;
    /** How deeply objects and arrays may nest in a REST request's body. */
    public static final int BODY_DEPTH = 20;

    /** Dates (start, due, meeting) must fall in this range. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private Limits() {
    }
}
