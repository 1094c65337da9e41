package io.mentoringspaces.view.chart;

import java.util.List;

/**
 * One line or one set of bars of a chart: its name (shown in the legend and the figures table), its
 * colour (a CSS colour the component writes as it is, never user input), the figures, and each figure
 * as the page writes it (e.g. {@code 40%}).
 */
public record Series(String name, String colour, List<Integer> values, List<String> shown) {

    public Series {
        values = List.copyOf(values);
        shown = List.copyOf(shown);
        if (values.size() != shown.size()) {
            throw new IllegalArgumentException("Every figure of a series needs its text: " + values.size() + " figures, "
                    + shown.size() + " texts");
        }
        for (int value : values) {
            if (value < 0) {
                throw new IllegalArgumentException("A chart shows no negative figure: " + value);
            }
        }
    }

    /** A series of counts, each written as a whole number. */
    public static Series counts(String name, String colour, List<Integer> values) {
        return new Series(name, colour, values, values.stream().map(String::valueOf).toList());
    }
}
