package io.mentoringspaces.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The columns the pairs table sorts by, each named as in URLs and REST ({@code sort=...}). */
public enum PairSort {
    SPACE("space", text(PairRow::spaceKey)),
    MENTEE("mentee", text(PairRow::menteeName)),
    MENTOR("mentor", text(PairRow::mentorName)),
    START("start", Comparator.comparing(PairRow::startDate)),
    CADENCE("cadence", Comparator.comparing(PairRow::cadence)),
    GOALS("goals", Comparator.comparingInt(PairRow::goalsAchieved).thenComparingInt(PairRow::goalsTotal)),
    PROGRESS("progress", Comparator.comparingInt(PairRow::averageProgress)),
    CHECKLIST("checklist", Comparator.comparingInt(PairRow::checklistPercent)),
    MEETINGS("meetings", Comparator.comparingInt(PairRow::meetingsHeld).thenComparingInt(PairRow::meetingsExpected)),
    LAST_MEETING("last-meeting",
            Comparator.comparing(PairRow::lastMeeting, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))),
    ADHERENCE("adherence", Comparator.comparingInt(PairRow::adherencePercent)),
    STATUS("status", Comparator.comparing(PairRow::status));

    /** Ties are broken by mentee, then space key, so that every order is total and pages are stable. */
    private static final Comparator<PairRow> TIE_BREAK = text(PairRow::menteeName).thenComparing(text(PairRow::spaceKey));

    private final String parameter;
    private final Comparator<PairRow> comparator;

    PairSort(String parameter, Comparator<PairRow> comparator) {
        this.parameter = parameter;
        this.comparator = comparator;
    }

    public String parameter() {
        return parameter;
    }

    /** Rows in this column's order, ascending or descending, ties in the same order either way. */
    public Comparator<PairRow> comparator(boolean descending) {
        return (descending ? comparator.reversed() : comparator).thenComparing(TIE_BREAK);
    }

    /** The column named by {@link #parameter()}, or null. */
    public static PairSort fromParameter(String text) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(text)).findFirst().orElse(null);
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(PairSort::parameter).toList();
    }

    private static Comparator<PairRow> text(Function<PairRow, String> field) {
        return Comparator.comparing(row -> field.apply(row) == null ? "" : field.apply(row), String.CASE_INSENSITIVE_ORDER);
    }
}
