package io.mentoringspaces.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** A counter over the latest {@code limit} months up to {@code last}, both included. */
    public static Counter counter(YearMonth last, int limit) {
        return new Counter(last, limit);
    }

    /**
     * Counts days into their months; days after the last month are left out, days before the first
     * count only towards the {@link #cumulative(YearMonth) running totals}.
     */
    public static final class Counter {

        private final YearMonth first;
        private final int[] counts;
        /** The epoch day each month begins on, and after them the day after the last month. */
        private final long[] starts;
        private int before;
        /** The month the latest day counted fell in: days mostly come in order, and then need no search. */
        private int latest;

        private Counter(YearMonth last, int limit) {
            this.first = last.minusMonths(limit - 1L);
            this.counts = new int[limit];
            this.starts = new long[limit + 1];
            for (int i = 0; i <= limit; i++) {
                starts[i] = first.plusMonths(i).atDay(1).toEpochDay();
            }
        }

        public void add(LocalDate day) {
            add(day.toEpochDay());
        }

        /** Counts a day given as its epoch day. */
        public void add(long epochDay) {
            if (epochDay < starts[0]) {
                before++;
            } else if (epochDay < starts[counts.length]) {
                if (epochDay < starts[latest] || epochDay >= starts[latest + 1]) {
                    int at = Arrays.binarySearch(starts, epochDay);
                    latest = at >= 0 ? at : -at - 2;
                }
                counts[latest]++;
            }
        }

        /** The count of each month from {@code from}, or from the first month counted if that is later, to the last. */
        public MonthlyCounts counts(YearMonth from) {
            return months(from, false);
        }

        /**
         * The running total at the end of each month from {@code from}, or from the first month counted if
         * that is later, to the last: the days counted in that month and every month before, those before
         * the months counted included.
         */
        public MonthlyCounts cumulative(YearMonth from) {
            return months(from, true);
        }

        private MonthlyCounts months(YearMonth from, boolean cumulative) {
            int skip = (int) Math.max(0, Math.min(counts.length, first.until(from, ChronoUnit.MONTHS)));
            int total = before;
            for (int i = 0; i < skip; i++) {
                total += counts[i];
            }
            List<YearMonth> months = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (int i = skip; i < counts.length; i++) {
                total += counts[i];
                months.add(first.plusMonths(i));
                values.add(cumulative ? total : counts[i]);
            }
            return new MonthlyCounts(months, values);
        }
    }
}
