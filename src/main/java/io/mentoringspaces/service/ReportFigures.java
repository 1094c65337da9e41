package io.mentoringspaces.service;

import io.mentoringspaces.ao.GrowthPlanEntity;
import io.mentoringspaces.model.PracticeFigures;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a programme report needs of a plan row, repeated in one text ({@code GROWTH_PLAN.REPORT_FIGURES}):
 * the twenty-one counts, and the days of the held meetings and of the achieved goals. The reports read
 * every plan of a programme; one short column in place of twenty-three halves their read. Public for
 * the upgrade task that writes it on the rows of earlier versions and for rows written in bulk.
 *
 * <p>The text is the counts in decimal, comma-separated, in the order {@link GrowthPlanEntity#getReportFigures()}
 * states; then {@code ;} and the held days, then {@code ;} and the achieved days. Days are epoch days,
 * each written as its difference to the one before (the first to day 0) in base 36, comma-separated:
 * a weekly pair's meetings take two characters each.
 */
public final class ReportFigures {

    /** How many counts the text holds. */
    static final int COUNTS = 21;
    private static final int RADIX = 36;
    private static final long[] NO_DAYS = {};
    /** What the reader answers at the end of the text. */
    private static final char END = '\0';

    /** The text of a new plan, which has counted nothing and has no days yet. */
    static final String NONE = text(new int[COUNTS], List.of(), List.of());

    private final int[] counts;
    private final long[] held;
    private final long[] achieved;

    private ReportFigures(int[] counts, long[] held, long[] achieved) {
        this.counts = counts;
        this.held = held;
        this.achieved = achieved;
    }

    /** The text for what the row holds now. */
    public static String of(GrowthPlanEntity e) {
        int[] counts = {e.getGoalsTotal(), e.getGoalsAchieved(), e.getProgressSum(), e.getChecklistItems(),
                e.getChecklistDone(), e.getHeldPrepared(), e.getCancelled(), e.getCancelledLate(), e.getItemsTotal(),
                e.getItemsDone(), e.getItemsOnTime(), e.getFeedbackMentee(), e.getFeedbackMentor(), e.getPulseMenteeSum(),
                e.getPulseMenteeCount(), e.getPulseMentorSum(), e.getPulseMentorCount(), e.getSuggestions(),
                e.getSuggestionsApplied(), e.getActivities(), e.getActivitiesDone()};
        return text(counts, Mapping.dates(e.getHeldDates()), Mapping.dates(e.getGoalAchievedDates()));
    }

    /** Writes the text for what the row holds now onto the row (the caller saves it). */
    public static void update(GrowthPlanEntity e) {
        e.setReportFigures(of(e));
    }

    /** The text for {@value #COUNTS} counts in the entity's order, the held days and the achieved days. */
    public static String text(int[] counts, List<LocalDate> held, List<LocalDate> achieved) {
        if (counts.length != COUNTS) {
            throw new IllegalArgumentException(counts.length + " counts, not " + COUNTS);
        }
        StringBuilder text = new StringBuilder(COUNTS * 3 + held.size() * 2 + achieved.size() * 3);
        for (int i = 0; i < COUNTS; i++) {
            text.append(i == 0 ? "" : ",").append(counts[i]);
        }
        for (List<LocalDate> days : List.of(held, achieved)) {
            text.append(';');
            long previous = 0;
            for (int i = 0; i < days.size(); i++) {
                long day = days.get(i).toEpochDay();
                text.append(i == 0 ? "" : ",").append(Long.toString(day - previous, RADIX));
                previous = day;
            }
        }
        return text.toString();
    }

    /** What a row's text holds; refuses a text not written by {@link #text}. */
    static ReportFigures parse(String text) {
        Reader reader = new Reader(text);
        int[] counts = new int[COUNTS];
        for (int i = 0; i < COUNTS; i++) {
            counts[i] = reader.count(i == COUNTS - 1 ? ';' : ',');
        }
        long[] held = reader.days(';');
        long[] achieved = reader.days(END);
        reader.end();
        return new ReportFigures(counts, held, achieved);
    }

    int goalsTotal() {
        return counts[0];
    }

    int goalsAchieved() {
        return counts[1];
    }

    int progressSum() {
        return counts[2];
    }

    int checklistItems() {
        return counts[3];
    }

    int checklistDone() {
        return counts[4];
    }

    /** The practice figures, with {@code heldMeetings} meetings held. */
    PracticeFigures practice(int heldMeetings) {
        return new PracticeFigures(heldMeetings, counts[5], counts[6], counts[7], counts[8], counts[9], counts[10],
                counts[11], counts[12], counts[13], counts[14], counts[15], counts[16], counts[17], counts[18], counts[19],
                counts[20]);
    }

    /** The epoch days of the held meetings, in the row's order. */
    long[] held() {
        return held;
    }

    /** The epoch days the achieved goals were achieved, in the row's order. */
    long[] achieved() {
        return achieved;
    }

    /** Reads a text from the start, one field at a time. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text == null ? "" : text;
        }

        /** A decimal count up to the separator. */
        int count(char separator) {
            int value = 0;
            int digits = 0;
            for (char c = next(); c != separator; c = next()) {
                if (c < '0' || c > '9' || ++digits > 9) {
                    throw malformed();
                }
                value = value * 10 + c - '0';
            }
            if (digits == 0) {
                throw malformed();
            }
            return value;
        }

        /** The days up to the separator. */
        long[] days(char separator) {
            if (peek() == separator) {
                next();
                return NO_DAYS;
            }
            long[] days = new long[8];
            int found = 0;
            long day = 0;
            while (true) {
                long delta = 0;
                boolean negative = peek() == '-';
                if (negative) {
                    next();
                }
                int digits = 0;
                char c = next();
                for (; c != ',' && c != separator; c = next()) {
                    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
                    if (digit < 0 || ++digits > 6) {
                        throw malformed();
                    }
                    delta = delta * RADIX + digit;
                }
                if (digits == 0) {
                    throw malformed();
                }
                day += negative ? -delta : delta;
                if (found == days.length) {
                    days = Arrays.copyOf(days, found * 2);
                }
                days[found++] = day;
                if (c == separator) {
                    return Arrays.copyOf(days, found);
                }
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : END;
        }

        private char next() {
            if (at < text.length()) {
                return text.charAt(at++);
            }
            if (at++ == text.length()) {
                return END;
            }
            throw malformed();
        }

        /** Refuses anything left after the last field. */
        void end() {
            if (at != text.length() + 1) {
                throw malformed();
            }
        }

        private IllegalStateException malformed() {
            return new IllegalStateException("Not the report figures of a plan row at " + at + ": " + text);
        }
    }
}
