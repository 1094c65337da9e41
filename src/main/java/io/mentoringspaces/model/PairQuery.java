package io.mentoringspaces.model;

/**
 * Which pairs of a programme to show and how: sort column and direction, an optional status, an
 * optional text matched against mentee and mentor names (lower case), and the page.
 */
public record PairQuery(PairSort sort, boolean descending, PairStatus status, String text, int start, int limit) {

    /** The first page of every pair, most urgent first. */
    public static PairQuery firstPage(int limit) {
        return new PairQuery(PairSort.STATUS, false, null, null, 0, limit);
    }

    public boolean matches(PairRow row) {
        return (status == null || row.status() == status)
                && (text == null || contains(row.menteeName()) || contains(row.mentorName()));
    }

    private boolean contains(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).contains(text);
    }
}
