package io.mentoringspaces.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts by calendar month over a span of months, oldest first: e.g. the meetings a programme held in
 * each month of its life.
 *
 * @param months the months, consecutive, oldest first
 * @param counts the count of each month
 */
public record MonthlyCounts(List<YearMonth> months, List<Integer> counts) {

    public MonthlyCounts {
        months = List.copyOf(months);
        counts = List.copyOf(counts);
        if (months.size() != counts.size()) {
            throw new IllegalArgumentException(months.size() + " months, " + counts.size() + " counts");
        }
    }

    /** No month. */
    public static final MonthlyCounts NONE = new MonthlyCounts(List.of(), List.of());

    /** A counter over the months from {@code first} to {@code last}, both included, at most {@code limit} of them (the latest). */
    public static Counter counter(YearMonth first, YearMonth last, int limit) {
        return new Counter(first, last, limit);
    }

    /** Counts days into their months; days outside the span are left out. */
    public static final class Counter {

        private final YearMonth first;
        private final int[] counts;

        private Counter(YearMonth first, YearMonth last, int limit) {
            int span = first.isAfter(last) ? 0 : (int) first.until(last, ChronoUnit.MONTHS) + 1;
            int shown = Math.min(span, limit);
            this.first = last.minusMonths(shown - 1L);
            this.counts = new int[shown];
        }

        public void add(LocalDate day) {
            long at = first.until(YearMonth.from(day), ChronoUnit.MONTHS);
            if (at >= 0 && at < counts.length) {
                counts[(int) at]++;
            }
        }

        public MonthlyCounts counts() {
            List<YearMonth> months = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                months.add(first.plusMonths(i));
                values.add(counts[i]);
            }
            return new MonthlyCounts(months, values);
        }
    }
}
