package io.mentoringspaces.view.chart;

/** One part of a stacked bar: its label, its count and its colour (a CSS colour of the app's, never user input). */
public record Segment(String label, int value, String colour) {

    public Segment {
        if (value < 0) {
            throw new IllegalArgumentException("A chart shows no negative figure: " + value);
        }
    }
}
