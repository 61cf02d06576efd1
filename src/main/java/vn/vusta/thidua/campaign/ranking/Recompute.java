package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.campaign.assessment.TotalsTree;

/**
 * Every ranking of a campaign and its normalised comparison at once, from the points of all its sheets (pure, no
 * database): the totals ({@link TotalsTree}) are counted once per sheet, each cluster ranked, then both normalisations run
 * over the whole campaign. {@code RecomputeBenchmark} measures it at national scale.
 */
public final class Recompute {
    private Recompute() {}

    /** One unit in the federation-wide comparison: its cluster's place and its totals raw and normalised. */
    public record Line(long clusterId, long unitId, Integer rank, boolean shared, BigDecimal self, BigDecimal review,
                       BigDecimal raw, BigDecimal byCluster, BigDecimal byReviewer, String reviewer) {}

    static List<Line> all(TotalsTree tree, List<ResultData.SheetPoints> sheets, TieBreak rule) {
        var byCluster = new LinkedHashMap<Long, List<ResultData.SheetPoints>>();
        for (var s : sheets) byCluster.computeIfAbsent(s.clusterId(), k -> new ArrayList<>()).add(s);
        var places = new ArrayList<Ranking.Place>(sheets.size());
        Map<Long, ResultData.SheetPoints> sheetOfUnit = new HashMap<>();
        for (var cluster : byCluster.values()) {
            cluster.forEach(s -> sheetOfUnit.put(s.unitId(), s));
            places.addAll(Ranking.rank(ResultData.standings(tree, cluster), rule));
        }
        var clusterNorm = Normalisation.normalise(places, p -> p.standing().fin(), p -> sheetOfUnit.get(p.standing().unitId()).clusterId(),
                tree.maxTotal());
        var reviewerNorm = Normalisation.normalise(places, p -> p.standing().fin(), p -> reviewer(sheetOfUnit.get(p.standing().unitId())),
                tree.maxTotal());
        var lines = new ArrayList<Line>(places.size());
        for (int i = 0; i < places.size(); i++) {
            var p = places.get(i);
            var s = p.standing();
            var sheet = sheetOfUnit.get(s.unitId());
            lines.add(new Line(sheet.clusterId(), s.unitId(), p.rank(), p.shared(), s.self(), s.review(), s.fin(), clusterNorm.get(i),
                    reviewerNorm.get(i), sheet.reviewedBy()));
        }
        return lines;
    }

    /** The reviewer's account; a sheet nobody reviewed yet counts with its cluster. */
    private static Object reviewer(ResultData.SheetPoints s) { return s.reviewedBy() != null ? s.reviewedBy() : "cluster:" + s.clusterId(); }
}
