package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.cluster.ClusterName;
import vn.vusta.thidua.organization.UnitCatalog;

/** The federation-wide comparison of a campaign: every cluster's units, raw and normalised, in a few statements. */
@Service
@Transactional(readOnly = true)
public class Comparison {
    private final Results results;
    private final ResultData data;
    private final UnitCatalog units;

    Comparison(Results results, ResultData data, UnitCatalog units) {
        this.results = results;
        this.data = data;
        this.units = units;
    }

    public record Row(long clusterId, String clusterCode, String clusterName, LeagueTable.Unit unit, Integer rank, boolean shared,
                      BigDecimal raw, BigDecimal byCluster, BigDecimal byReviewer, BigDecimal shown) {}

    public record Table(List<Row> rows, BigDecimal maxTotal, Normalisation.Mode mode, int clusters, long millis) {}

    /** Every unit of the campaign, best first by the chosen mode's total (raw when NONE). */
    public Table of(Campaign campaign, Normalisation.Mode mode) {
        long start = System.nanoTime();
        var tree = results.tree(campaign);
        var lines = Recompute.all(tree, data.ofCampaign(campaign.getId()), TieBreak.of(campaign.getTieBreak()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<Long, ClusterName> clusters = new HashMap<>();
        results.clustersOf(campaign).forEach(c -> clusters.put(c.id(), c));
        var unitMap = units.byIds(lines.stream().map(Recompute.Line::unitId).toList());
        var rows = lines.stream().map(l -> {
            var c = clusters.get(l.clusterId());
            var shown = switch (mode) {
                case NONE -> l.raw();
                case CLUSTER -> l.byCluster();
                case REVIEWER -> l.byReviewer();
            };
            return new Row(l.clusterId(), c == null ? "?" : c.code(), c == null ? "?" : c.name(), Results.unit(unitMap, l.unitId()), l.rank(), l.shared(),
                    l.raw(), l.byCluster(), l.byReviewer(), shown);
        }).sorted(Comparator.comparing(Row::shown, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Row::clusterCode).thenComparing(r -> r.unit().shortName())).toList();
        return new Table(rows, tree.maxTotal(), mode, clusters.size(), millis);
    }
}
