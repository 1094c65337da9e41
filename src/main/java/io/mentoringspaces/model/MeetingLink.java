package io.mentoringspaces.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The link of a meeting page to its plan, with the meeting's state.
 *
 * @param meetingDate the page's date (the date its title starts with)
 * @param state       planned until the pair says it was held, cancelled or moved
 * @param stateBy     who set the state last; null when planned from the start or set by the upgrade
 * @param stateAt     when the state was set last; null when planned from the start
 * @param movedTo     the date the meeting was moved to, or null when it was never moved
 * @param noticeHours for a cancelled meeting, whole hours between the cancellation and the meeting's
 *                    start (negative when cancelled after it began); 0 otherwise
 * @param aimsSavedAt the page's version date when it was first saved with the session's aims; null before
 * @param menteePulse the session's pulse the mentee gave
 * @param mentorPulse the session's pulse the mentor gave
 */
public record MeetingLink(
        int id,
        int planId,
        long pageId,
        LocalDate meetingDate,
        String title,
        boolean trashed,
        Instant updatedAt,
        MeetingState state,
        String stateBy,
        Instant stateAt,
        LocalDate movedTo,
        int noticeHours,
        Instant aimsSavedAt,
        Pulse menteePulse,
        Pulse mentorPulse) {

    /** Hours of notice below which a cancellation is late. */
    public static final int LATE_NOTICE_HOURS = 24;

    /** The day the meeting takes place: the moved-to date when it was moved, else the page's date. */
    public LocalDate effectiveDate() {
        return movedTo != null ? movedTo : meetingDate;
    }

    /** The pulse that side gave. */
    public Pulse pulse(FeedbackSide side) {
        return side == FeedbackSide.MENTEE ? menteePulse : mentorPulse;
    }

    /** Whether the meeting was confirmed as held. */
    public boolean held() {
        return state == MeetingState.HELD;
    }

    /** A cancelled meeting cancelled less than a day before it began. */
    public boolean cancelledLate() {
        return state == MeetingState.CANCELLED && noticeHours < LATE_NOTICE_HOURS;
    }
}
