package io.mentoringspaces.view.chart;

/**
 * The colours of the app's charts: AUI's lozenge colours for the pair statuses, so that a chart reads
 * like the table beside it, and two blues and a grey for the figures over time. Each is at least 3:1
 * against white, as graphics need to be.
 */
public final class ChartColours {

    public static final String ON_TRACK = "#1f845a";
    public static final String AT_RISK = "#a54800";
    public static final String STALLED = "#c9372c";
    /** Invited: the blue of AUI's "complete" lozenge. */
    public static final String INVITED = "#0055cc";
    /** Closed: the purple of AUI's "new" lozenge, which the closed pairs' status wears. */
    public static final String CLOSED = "#6e5dc6";
    public static final String ENDED = "#758195";
    public static final String HELD = "#0c66e4";
    public static final String EXPECTED = "#758195";
    public static final String PROGRESS = "#1f845a";
    /** Goals achieved: the green of progress and of an achieved goal's lozenge. */
    public static final String ACHIEVED = "#1f845a";

    private ChartColours() {
    }
}
