package io.mentoringspaces.model;

/**
 * How a pair keeps its meetings and the work between them, as counts kept on the plan row: prepared
 * agendas, cancellations, action items, feedback from each side, the mentor's suggestions and the
 * development activities. Figures only: nothing the pair wrote.
 *
 * @param held               meetings held (not trashed)
 * @param heldPrepared       of those, meetings whose page had its aims saved at least 24 hours before they began
 * @param cancelled          meetings cancelled (not trashed)
 * @param cancelledLate      of those, meetings cancelled less than 24 hours before they began
 * @param itemsTotal         action items on the meeting pages (trashed pages left out)
 * @param itemsDone          of those, items completed
 * @param itemsOnTime        of those, items completed on or before their due date, or without one
 * @param feedbackMentee     held meetings with feedback (text or pulse) from the mentee
 * @param feedbackMentor     held meetings with feedback (text or pulse) from the mentor
 * @param pulseMenteeSum     sum of the mentee's pulses of held meetings
 * @param pulseMenteeCount   number of those pulses
 * @param pulseMentorSum     sum of the mentor's pulses of held meetings
 * @param pulseMentorCount   number of those pulses
 * @param suggestions        the mentor's suggestions on the meeting pages (trashed pages left out)
 * @param suggestionsApplied of those, suggestions the mentee marked applied
 * @param activities         development activities on the growth-plan page
 * @param activitiesDone     of those, activities done
 */
public record PracticeFigures(
        int held,
        int heldPrepared,
        int cancelled,
        int cancelledLate,
        int itemsTotal,
        int itemsDone,
        int itemsOnTime,
        int feedbackMentee,
        int feedbackMentor,
        int pulseMenteeSum,
        int pulseMenteeCount,
        int pulseMentorSum,
        int pulseMentorCount,
        int suggestions,
        int suggestionsApplied,
        int activities,
        int activitiesDone) {

    /** A pair (or programme) with nothing counted yet. */
    public static final PracticeFigures NONE = new PracticeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of both, added up (for a programme's summary). */
    public PracticeFigures plus(PracticeFigures other) {
        return new PracticeFigures(held + other.held, heldPrepared + other.heldPrepared, cancelled + other.cancelled,
                cancelledLate + other.cancelledLate, itemsTotal + other.itemsTotal, itemsDone + other.itemsDone,
                itemsOnTime + other.itemsOnTime, feedbackMentee + other.feedbackMentee, feedbackMentor + other.feedbackMentor,
                pulseMenteeSum + other.pulseMenteeSum, pulseMenteeCount + other.pulseMenteeCount,
                pulseMentorSum + other.pulseMentorSum, pulseMentorCount + other.pulseMentorCount,
                suggestions + other.suggestions, suggestionsApplied + other.suggestionsApplied, activities + other.activities,
                activitiesDone + other.activitiesDone);
    }

    /** Held meetings with their agenda prepared a day ahead, in percent of held meetings; 0 without any. */
    public int agendaPreparedPercent() {
        return percent(heldPrepared, held);
    }

    /** Late cancellations in percent of cancellations; 0 without any. */
    public int lateCancellationPercent() {
        return percent(cancelledLate, cancelled);
    }

    /** Action items completed in percent of all; 0 without any. */
    public int itemsDonePercent() {
        return percent(itemsDone, itemsTotal);
    }

    /** Action items completed on time in percent of those completed; 0 without any. */
    public int itemsOnTimePercent() {
        return percent(itemsOnTime, itemsDone);
    }

    /** Held meetings with feedback from that side, in percent of held meetings; 0 without any. */
    public int feedbackPercent(FeedbackSide side) {
        return percent(side == FeedbackSide.MENTEE ? feedbackMentee : feedbackMentor, held);
    }

    /** That side's average pulse with one decimal and a dot ({@code 4.3}), rounded half up; null without any pulse. */
    public String averagePulse(FeedbackSide side) {
        int sum = side == FeedbackSide.MENTEE ? pulseMenteeSum : pulseMentorSum;
        int count = side == FeedbackSide.MENTEE ? pulseMenteeCount : pulseMentorCount;
        if (count == 0) {
            return null;
        }
        long tenths = (sum * 20L + count) / (2L * count);
        return tenths / 10 + "." + tenths % 10;
    }

    /** Percentages are whole numbers rounded down. */
    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) (part * 100L / whole);
    }
}
