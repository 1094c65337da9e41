package io.mentoringspaces.view.chart;

import java.util.List;

/**
 * What a chart over categories (months, dates) shows, every text already in the user's language.
 *
 * @param title            the chart's caption and accessible name
 * @param categoryHeading  the heading of the categories' column in the figures table
 * @param categories       the categories, in order (e.g. months, oldest first)
 * @param series           one or more series, each with a figure per category
 * @param emptyText        what the chart says when it has no figure to show
 * @param figuresLabel     the label of the figures table (the summary of its disclosure)
 * @param figuresOpen      true to show the figures table open (exports and e-mail, which run no scripts
 *                         and may not draw SVG)
 */
public record Chart(String title, String categoryHeading, List<String> categories, List<Series> series, String emptyText,
        String figuresLabel, boolean figuresOpen) {

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size() + " figures for "
                        + categories.size() + " categories");
            }
        }
    }

    /** True when there is nothing to draw: no category, or no figure above zero. */
    boolean empty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }

    /** The largest figure of all series, at least 1. */
    int largest() {
        return Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max().orElse(0));
    }
}
