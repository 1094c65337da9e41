package io.mentoringspaces.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One pair as its mentee or mentor sees it on the "My mentoring" page: where, with whom, how the pair
 * keeps to its cadence and what waits for the user. Counts and dates only, besides the names: no goal,
 * action item or feedback text.
 *
 * @param spaceKey        the pair's mentoring space
 * @param spaceName       the space's name
 * @param spaceUrlPath    the space's path below Confluence's context path
 * @param role            the user's side of the pair
 * @param partnerKey      user key of the other side
 * @param startDate       first day of the relationship
 * @param cadence         the agreed cadence
 * @param figures         how the pair keeps to its cadence today (next due, overdue, stalled), or on the day it
 *                        closed the mentorship
 * @param status          the pair's status by the rules of the coordinator figures
 * @param goalsUnagreed   for a mentor, the goals whose target waits for the mentor's agreement; null for a mentee
 * @param openItems       the open action items assigned to the user, by meeting page, oldest meeting first
 * @param lastPulse       the pulses of the latest meeting held, or null before one was held
 * @param closedOn        the day the pair closed the mentorship; null unless closed
 */
public record MyPair(
        String spaceKey,
        String spaceName,
        String spaceUrlPath,
        FeedbackSide role,
        String partnerKey,
        LocalDate startDate,
        Cadence cadence,
        CadenceFigures figures,
        PairStatus status,
        Integer goalsUnagreed,
        List<AssignedItems> openItems,
        LastPulse lastPulse,
        LocalDate closedOn) {

    public MyPair {
        openItems = List.copyOf(openItems);
    }

    /**
     * Whether the next meeting is overdue; never while the mentor is invited, as no meetings are expected then,
     * nor once the pair closed the mentorship.
     */
    public boolean overdue() {
        return expectsMeetings() && figures.overdue();
    }

    /** Whether the pair has not met for more than two periods; never while the mentor is invited, nor once closed. */
    public boolean stalled() {
        return expectsMeetings() && figures.stalled();
    }

    /** The day the next meeting is due by the cadence; null once the pair closed the mentorship. */
    public LocalDate nextDue() {
        return status == PairStatus.CLOSED ? null : figures.nextDue();
    }

    private boolean expectsMeetings() {
        return status != PairStatus.INVITED && status != PairStatus.CLOSED;
    }

    /** Open action items assigned to the user, over every meeting page of the pair. */
    public int openItemCount() {
        return openItems.stream().mapToInt(AssignedItems::count).sum();
    }

    /** The open action items assigned to the user on one meeting page. */
    public record AssignedItems(long pageId, LocalDate meetingDate, int count) {
    }

    /** Both sides' pulses (1–5, 0 when not given) of the meeting held on {@code meetingDate}. */
    public record LastPulse(LocalDate meetingDate, int mentee, int mentor) {
    }
}
