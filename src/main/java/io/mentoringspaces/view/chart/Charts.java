package io.mentoringspaces.view.chart;

import io.mentoringspaces.storage.StorageMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns plain figures into inline SVG, drawn on the server so that a chart needs no script and comes
 * out the same in a page, an export and an e-mail. Every chart is a {@code figure}: a visible caption,
 * the SVG ({@code role="img"}, named by the caption and described by a {@code desc} that lists every
 * figure), and the same figures as text (a legend, a figures table or a line of text) for readers who
 * cannot see the picture and for clients that draw no SVG. Every text is escaped; colours are the
 * app's own constants, never user input. Each chart's ids start with the id its caller gives, which
 * names what the chart is about (e.g. {@code mentoring-goal-<goal key>}), so that the output is the same
 * at every rendering and charts of different things can share a page.
 */
public final class Charts {

    static final int WIDTH = 560;
    static final int HEIGHT = 180;
    static final int LEFT = 40;
    static final int RIGHT = 12;
    static final int TOP = 10;
    static final int BOTTOM = 28;
    static final int BAR_WIDTH = 480;
    static final int BAR_HEIGHT = 24;
    static final int SPARK_WIDTH = 120;
    static final int SPARK_HEIGHT = 28;
    static final int SPARK_PAD = 3;
    /** At most this many category labels under the axis; the others are left out so they never overlap. */
    static final int AXIS_LABELS = 8;

    private static final String TEXT_COLOUR = "#44546f";
    private static final String AXIS_COLOUR = "#8590a2";
    private static final String EMPTY_COLOUR = "#dcdfe4";

    private Charts() {
    }

    /** The parts of a whole as one bar, each part as wide as its share, with a legend giving each count. */
    public static String stackedBar(String id, String title, List<Segment> segments, String emptyText) {
        id = ids(id);
        long total = segments.stream().mapToLong(Segment::value).sum();
        StringBuilder desc = new StringBuilder();
        for (Segment segment : segments) {
            appendFigure(desc, segment.label(), Integer.toString(segment.value()));
        }
        StringBuilder svg = new StringBuilder();
        openSvg(svg, id, BAR_WIDTH, BAR_HEIGHT, total == 0 ? emptyText : desc.toString(), title);
        if (total == 0) {
            rect(svg, 0, 0, BAR_WIDTH, BAR_HEIGHT, EMPTY_COLOUR, null);
        } else {
            long before = 0;
            for (Segment segment : segments) {
                double from = before * (double) BAR_WIDTH / total;
                before += segment.value();
                double to = before * (double) BAR_WIDTH / total;
                if (segment.value() > 0) {
                    rect(svg, from, 0, to - from, BAR_HEIGHT, segment.colour(),
                            segment.label() + ": " + segment.value());
                }
            }
        }
        svg.append("</svg>");
        StringBuilder html = openFigure(id, title, "mentoring-chart-stacked");
        html.append(svg);
        if (total == 0) {
            html.append("<p class=\"mentoring-chart-empty\">").append(escape(emptyText)).append("</p>");
        } else {
            List<String[]> legend = new ArrayList<>();
            for (Segment segment : segments) {
                legend.add(new String[] {segment.colour(), segment.label() + ": " + segment.value()});
            }
            legend(html, legend);
        }
        return html.append("</figure>").toString();
    }

    /** One bar per category for the chart's first series, its height proportional to the figure. */
    public static String bars(String id, Chart chart) {
        id = ids(id);
        Series series = chart.series().get(0);
        StringBuilder svg = new StringBuilder();
        openSvg(svg, id, WIDTH, HEIGHT, chart.empty() ? chart.emptyText() : describe(chart), chart.title());
        if (!chart.empty()) {
            int largest = chart.largest();
            axes(svg, chart, largest, true);
            int n = chart.categories().size();
            double slot = plotWidth() / n;
            for (int i = 0; i < n; i++) {
                int value = series.values().get(i);
                double height = value * plotHeight() / largest;
                rect(svg, LEFT + i * slot + slot * 0.15, TOP + plotHeight() - height, slot * 0.7, height, series.colour(),
                        chart.categories().get(i) + ": " + series.shown().get(i));
            }
        }
        svg.append("</svg>");
        return figure(id, chart, svg, "mentoring-chart-bars", false);
    }

    /**
     * One line per series over the categories; {@code top} is the figure at the top of the scale (e.g.
     * 100 for percentages), or 0 to scale to the largest figure.
     */
    public static String lines(String id, Chart chart, int top) {
        id = ids(id);
        StringBuilder svg = new StringBuilder();
        openSvg(svg, id, WIDTH, HEIGHT, chart.empty() ? chart.emptyText() : describe(chart), chart.title());
        if (!chart.empty()) {
            int largest = top > 0 ? top : chart.largest();
            axes(svg, chart, largest, false);
            for (Series series : chart.series()) {
                polyline(svg, points(series.values(), largest, LEFT, TOP, plotWidth(), plotHeight()), series.colour(), 2);
            }
        }
        svg.append("</svg>");
        return figure(id, chart, svg, "mentoring-chart-lines", chart.series().size() > 1);
    }

    /**
     * A small line of percentages (0–100) without axes, for a card: the first series of the chart, and
     * its figures as a line of text beside it.
     */
    public static String sparkline(String id, Chart chart) {
        id = ids(id);
        Series series = chart.series().get(0);
        boolean empty = chart.categories().isEmpty();
        StringBuilder svg = new StringBuilder();
        openSvg(svg, id, SPARK_WIDTH, SPARK_HEIGHT, empty ? chart.emptyText() : describe(chart), chart.title());
        if (!empty) {
            double[][] points = points(series.values(), 100, SPARK_PAD, SPARK_PAD, SPARK_WIDTH - 2.0 * SPARK_PAD,
                    SPARK_HEIGHT - 2.0 * SPARK_PAD);
            polyline(svg, points, series.colour(), 1.5);
            double[] last = points[points.length - 1];
            svg.append("<circle cx=\"").append(number(last[0])).append("\" cy=\"").append(number(last[1]))
                    .append("\" r=\"2.5\" fill=\"").append(escape(series.colour())).append("\"/>");
        }
        svg.append("</svg>");
        StringBuilder html = new StringBuilder("<figure class=\"mentoring-chart mentoring-chart-sparkline\" style=\"margin: 4px 0\">");
        html.append("<figcaption id=\"").append(id).append("-caption\" class=\"mentoring-chart-caption\">")
                .append(escape(chart.title())).append("</figcaption>");
        html.append(svg);
        html.append(" <span class=\"mentoring-chart-figures-text\">")
                .append(escape(empty ? chart.emptyText() : String.join(" \u2192 ", series.shown()))).append("</span>");
        return html.append("</figure>").toString();
    }

    private static String figure(String id, Chart chart, StringBuilder svg, String kind, boolean withLegend) {
        StringBuilder html = openFigure(id, chart.title(), kind);
        html.append(svg);
        if (chart.empty()) {
            html.append("<p class=\"mentoring-chart-empty\">").append(escape(chart.emptyText())).append("</p>");
            return html.append("</figure>").toString();
        }
        if (withLegend) {
            List<String[]> legend = new ArrayList<>();
            for (Series series : chart.series()) {
                legend.add(new String[] {series.colour(), series.name()});
            }
            legend(html, legend);
        }
        html.append("<details class=\"mentoring-chart-figures\"").append(chart.figuresOpen() ? " open=\"open\"" : "").append("><summary>")
                .append(escape(chart.figuresLabel())).append("</summary><table class=\"aui mentoring-chart-table\"><thead><tr>")
                .append("<th scope=\"col\">").append(escape(chart.categoryHeading())).append("</th>");
        for (Series series : chart.series()) {
            html.append("<th scope=\"col\">").append(escape(series.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int i = 0; i < chart.categories().size(); i++) {
            html.append("<tr><th scope=\"row\">").append(escape(chart.categories().get(i))).append("</th>");
            for (Series series : chart.series()) {
                html.append("<td>").append(escape(series.shown().get(i))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></details>");
        return html.append("</figure>").toString();
    }

    private static StringBuilder openFigure(String id, String title, String kind) {
        return new StringBuilder("<figure class=\"mentoring-chart ").append(kind).append("\" style=\"margin: 8px 0 16px 0\">")
                .append("<figcaption id=\"").append(id).append("-caption\" class=\"mentoring-chart-caption\" style=\"font-weight: 600; margin-bottom: 4px\">")
                .append(escape(title)).append("</figcaption>");
    }

    /** The SVG element, named by the figure's caption and described by its figures. */
    private static void openSvg(StringBuilder svg, String id, int width, int height, String description, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" style=\"max-width: 100%; height: auto\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"")
                .append(id).append("-desc\"><title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    /**
     * The zero line, the top of the scale with its figure, and category labels that do not overlap:
     * under the middle of each slot for bars ({@code slots}), under each point for lines.
     */
    private static void axes(StringBuilder svg, Chart chart, int largest, boolean slots) {
        double bottom = TOP + plotHeight();
        line(svg, LEFT, bottom, WIDTH - RIGHT, bottom, AXIS_COLOUR);
        line(svg, LEFT, TOP, WIDTH - RIGHT, TOP, EMPTY_COLOUR);
        label(svg, LEFT - 6, bottom + 4, "end", "0");
        label(svg, LEFT - 6, TOP + 4, "end", Integer.toString(largest));
        int n = chart.categories().size();
        int step = (n + AXIS_LABELS - 1) / AXIS_LABELS;
        for (int i = 0; i < n; i += step) {
            double x = slots ? LEFT + (i + 0.5) * plotWidth() / n : n == 1 ? LEFT + plotWidth() / 2 : LEFT + i * plotWidth() / (n - 1);
            label(svg, x, HEIGHT - 8, "middle", chart.categories().get(i));
        }
    }

    private static double[][] points(List<Integer> values, int largest, double left, double top, double width, double height) {
        int n = values.size();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? left + width / 2 : left + i * width / (n - 1);
            double y = top + height - Math.min(values.get(i), largest) * height / largest;
            points[i] = new double[] {x, y};
        }
        return points;
    }

    private static void polyline(StringBuilder svg, double[][] points, String colour, double strokeWidth) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(escape(colour)).append("\" stroke-width=\"").append(number(strokeWidth))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < points.length; i++) {
            svg.append(i == 0 ? "" : " ").append(number(points[i][0])).append(',').append(number(points[i][1]));
        }
        svg.append("\"/>");
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String colour, String tip) {
        svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" fill=\"").append(escape(colour)).append('"');
        if (tip == null) {
            svg.append("/>");
        } else {
            svg.append("><title>").append(escape(tip)).append("</title></rect>");
        }
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"").append(number(x2))
                .append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"1\"/>");
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"11\" font-family=\"sans-serif\" fill=\"").append(TEXT_COLOUR).append("\">")
                .append(escape(text)).append("</text>");
    }

    private static void legend(StringBuilder html, List<String[]> entries) {
        html.append("<ul class=\"mentoring-chart-legend\" style=\"list-style: none; margin: 4px 0; padding: 0\">");
        for (String[] entry : entries) {
            html.append("<li style=\"display: inline-block; margin-right: 16px\"><span aria-hidden=\"true\" style=\"display: inline-block; ")
                    .append("width: 10px; height: 10px; margin-right: 4px; background-color: ").append(escape(entry[0]))
                    .append("\"></span>").append(escape(entry[1])).append("</li>");
        }
        html.append("</ul>");
    }

    /** Every figure of every series, category by category: {@code Jan: Held 3, Expected 4; Feb: ...}. */
    private static String describe(Chart chart) {
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < chart.categories().size(); i++) {
            StringBuilder figures = new StringBuilder();
            for (Series series : chart.series()) {
                if (!figures.isEmpty()) {
                    figures.append(", ");
                }
                figures.append(chart.series().size() > 1 ? series.name() + " " : "").append(series.shown().get(i));
            }
            appendFigure(desc, chart.categories().get(i), figures.toString());
        }
        return desc.toString();
    }

    private static void appendFigure(StringBuilder desc, String label, String figure) {
        desc.append(desc.isEmpty() ? "" : "; ").append(label).append(": ").append(figure);
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    /** The caller's id with every character an id should not hold (anything but letters, digits, {@code -} and {@code _}) replaced. */
    private static String ids(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A coordinate with at most two decimals, written the same in every locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** HTML and XML escaping of a text: {@code & < > " '}, as storage format escapes it. */
    static String escape(String text) {
        return StorageMarkup.escape(text);
    }
}
