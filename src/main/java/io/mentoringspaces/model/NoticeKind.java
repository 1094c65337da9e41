package io.mentoringspaces.model;

import java.util.List;

/**
 * The kinds of mail the app sends, each to one side of a pair or to coordinators (the README's
 * "Reminders" section says when and to whom).
 */
public enum NoticeKind {
    /** To the mentor, when a plan names them: the space to meet the mentee in. */
    MENTOR_INVITED,
    /** To the mentee, the day before the next meeting is due by the cadence while no page is dated after today. */
    MEETING_TOMORROW,
    /** To the mentee, once per missed due date, when the next meeting is overdue and no page is dated after today. */
    MEETING_OVERDUE,
    /** To the mentor, once a week while goals wait for the agreement of their targets. */
    GOAL_AGREEMENT,
    /** To the mentor, once per meeting page whose aims the mentee saved before the meeting. */
    AGENDA_SHARED,
    /** To the assignee (mentee or mentor), the day before an open action item is due. */
    ACTION_ITEM_DUE,
    /** To each coordinator, on Mondays: stalled and at-risk pairs of their programmes, figures and space keys only. */
    COORDINATOR_DIGEST;

    /** The name used in URLs and JSON: {@code meeting-tomorrow}... */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The kind named {@code text} as in {@link #parameter()}, or null. */
    public static NoticeKind parse(String text) {
        return Parameters.parse(values(), text);
    }

    /** Every kind's parameter name, in declaration order. */
    public static List<String> names() {
        return Parameters.names(values());
    }
}
