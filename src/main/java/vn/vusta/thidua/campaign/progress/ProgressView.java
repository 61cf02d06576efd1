package vn.vusta.thidua.campaign.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.cluster.UnitRef;

/** What the progress dashboard shows: the campaign's totals as of today, its deadlines, one page of clusters, the chart. */
public record ProgressView(Campaign campaign, LocalDate today, boolean covenantTracked, Counts totals, List<DeadlineRow> deadlines,
                           List<ClusterRow> clusters, int page, int pages, int clusterCount, ProgressChart chart, boolean wholeCampaign) {

    /** A member unit's row: registration, covenant (its step; the date when confirmed), sheet, stage, what is late. */
    public record UnitRow(UnitRef unit, UnitRef carrier, boolean registered, Instant registeredAt, CovenantStep covenant, Instant covenantConfirmedAt,
                          ScoreSheetStatus sheetStatus, Stage stage, Set<Overdue> overdue) {
        public boolean late() { return !overdue.isEmpty(); }
    }

    /** A cluster's rows (all of them, or only the viewer's own when {@code whole} is false) and their counts. */
    public record ClusterRow(ClusterView cluster, boolean whole, List<UnitRow> units, Counts counts) {}

    /** Units per stage and late units per kind of deadline. */
    public record Counts(int units, Map<Stage, Integer> stages, Map<Overdue, Integer> overdue) {
        static Counts of(List<UnitRow> rows) {
            var stages = new EnumMap<Stage, Integer>(Stage.class);
            var overdue = new EnumMap<Overdue, Integer>(Overdue.class);
            for (var s : Stage.values()) stages.put(s, 0);
            for (var o : Overdue.values()) overdue.put(o, 0);
            for (var r : rows) {
                stages.merge(r.stage(), 1, Integer::sum);
                r.overdue().forEach(o -> overdue.merge(o, 1, Integer::sum));
            }
            return new Counts(rows.size(), stages, overdue);
        }

        public int stage(Stage s) { return stages.getOrDefault(s, 0); }

        public int late(Overdue o) { return overdue.getOrDefault(o, 0); }

        public int lateTotal() { return overdue.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    /** A deadline of the campaign and the days left until it (negative: passed). */
    public record DeadlineRow(String key, LocalDate date, long daysLeft) {
        public boolean passed() { return daysLeft < 0; }
    }

    public boolean hasPrevious() { return page > 1; }

    public boolean hasNext() { return page < pages; }
}
