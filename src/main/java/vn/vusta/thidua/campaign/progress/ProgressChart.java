package vn.vusta.thidua.campaign.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The chart of the dashboard as geometry for an inline SVG drawn on the server (no script): one bar per cluster,
 * stacked by stage, each bar the whole of its cluster, with a text alternative per bar.
 */
public record ProgressChart(int width, int height, int labelWidth, List<Bar> bars) {
    static final int WIDTH = 760;
    static final int LABEL = 240;
    static final int BAR = 22;
    static final int GAP = 10;

    public record Segment(Stage stage, int count, double x, double width) {}

    public record Bar(String label, String description, double y, List<Segment> segments) {
        public double textY() { return y + BAR * 0.7; }
    }

    public int barHeight() { return BAR; }

    /** Bars for the given rows; {@code describe} turns a row's counts into its text alternative. */
    static ProgressChart of(List<ProgressView.ClusterRow> rows, Function<ProgressView.ClusterRow, String> describe) {
        var bars = new ArrayList<Bar>();
        double y = GAP;
        int span = WIDTH - LABEL - GAP;
        for (var row : rows) {
            var segments = new ArrayList<Segment>();
            int total = row.counts().units();
            double x = LABEL;
            for (var stage : Stage.values()) {
                int n = row.counts().stage(stage);
                if (n == 0 || total == 0) continue;
                double w = span * (double) n / total;
                segments.add(new Segment(stage, n, round(x), round(w)));
                x += w;
            }
            bars.add(new Bar(row.cluster().name(), describe.apply(row), y, segments));
            y += BAR + GAP;
        }
        return new ProgressChart(WIDTH, (int) y, LABEL, bars);
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
