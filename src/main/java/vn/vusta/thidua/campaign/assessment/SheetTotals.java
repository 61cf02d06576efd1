package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.common.NotFoundException;

/**
 * Totals of score sheets over the criteria tree, at the three stages: self-assessment, review, final. A group's points
 * are its children's within ±its max ({@link ScoreRule#groupPoints}); bonus and penalty count on top. A criterion
 * scored relative to the best takes the cluster's best value among the sheets given (review values; at the self
 * stage it is not scored yet: "computed at review"). Works on many sheets at once, with no query per sheet: the
 * ranking reuses it.
 */
@Service
@Transactional(readOnly = true)
public class SheetTotals {
    private final ScoringSheets scoringSheets;
    private final ScoreSheets sheets;
    private final Campaigns campaigns;

    SheetTotals(ScoringSheets scoringSheets, ScoreSheets sheets, Campaigns campaigns) {
        this.scoringSheets = scoringSheets;
        this.sheets = sheets;
        this.campaigns = campaigns;
    }

    /** Points of one node at the three stages (null: not known yet). */
    public record Points(BigDecimal self, BigDecimal review, BigDecimal fin) {}

    /** A top-level group's subtotal. */
    public record Subtotal(long criterionId, String code, String name, Points points) {}

    /** A sheet's totals, its top-level subtotals in the sheet's order, and every node's points. */
    public record Totals(long sheetId, long unitId, long clusterId, Points total, List<Subtotal> groups, Map<Long, Points> byNode) {}

    /** Every sheet of a campaign, by sheet id: three queries whatever the number of sheets. */
    public Map<Long, Totals> ofCampaign(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        var tree = scoringSheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(() -> new NotFoundException("sheet", campaign.getScoringSheetId()));
        return of(tree, sheets.ofCampaign(campaignId));
    }

    /**
     * The totals of the given sheets (with their entries loaded) over {@code tree}; the best values for criteria
     * relative to the best are taken per cluster among these sheets (give a cluster's sheets together).
     */
    public Map<Long, Totals> of(ScoringSheet tree, Collection<ScoreSheet> given) {
        var relative = tree.leaves().stream().filter(c -> c.getFormula() == Formula.RELATIVE_TO_BEST).toList();
        var best = bestValues(relative, given);
        var out = new LinkedHashMap<Long, Totals>();
        for (var sheet : given) {
            var byNode = new HashMap<Long, Points>();
            var entries = new HashMap<Long, ScoreEntry>();
            sheet.getEntries().forEach(e -> entries.put(e.getCriterionId(), e));
            var clusterBest = best.getOrDefault(sheet.getClusterId(), Map.of());
            var roots = tree.roots();
            var rootPoints = new ArrayList<Points>();
            boolean reviewed = sheet.getStatus().ordinal() >= ScoreSheetStatus.REVIEWED.ordinal();
            for (var root : roots) rootPoints.add(node(tree, root, entries, clusterBest, reviewed, byNode));
            var groups = new ArrayList<Subtotal>();
            for (int i = 0; i < roots.size(); i++) {
                var r = roots.get(i);
                groups.add(new Subtotal(r.getId(), r.getCode(), r.getName(), rootPoints.get(i)));
            }
            var total = new Points(sum(rootPoints, Points::self), sum(rootPoints, Points::review), sum(rootPoints, Points::fin));
            out.put(sheet.getId(), new Totals(sheet.getId(), sheet.getUnitId(), sheet.getClusterId(), total, groups, byNode));
        }
        return out;
    }

    private Points node(ScoringSheet tree, Criterion c, Map<Long, ScoreEntry> entries, Map<Long, BigDecimal> best, boolean reviewed,
                        Map<Long, Points> byNode) {
        Points p;
        if (c.getType().isGroup()) {
            var children = tree.children(c).stream().map(ch -> node(tree, ch, entries, best, reviewed, byNode)).toList();
            var max = c.getMaxPoints();
            p = new Points(group(max, children, Points::self), group(max, children, Points::review), group(max, children, Points::fin));
        } else {
            p = leaf(c, entries.get(c.getId()), best.get(c.getId()), reviewed);
        }
        byNode.put(c.getId(), p);
        return p;
    }

    private static Points leaf(Criterion c, ScoreEntry e, BigDecimal best, boolean reviewed) {
        if (e == null) return new Points(null, null, null);
        if (c.getFormula() != Formula.RELATIVE_TO_BEST) return new Points(e.getSelfScore(), e.getReviewScore(), e.getFinalScore());
        var rule = ScoreRule.of(c);
        var review = e.getReviewScore() != null ? e.getReviewScore()
                : e.getReviewValue() == null || best == null ? null : rule.points(e.getReviewValue(), null, best);
        var fin = e.getFinalScore() != null ? e.getFinalScore() : reviewed ? review : null;
        return new Points(null, review, fin);
    }

    private static BigDecimal group(BigDecimal max, List<Points> children, Function<Points, BigDecimal> stage) {
        if (children.stream().map(stage).allMatch(v -> v == null)) return null;
        return ScoreRule.groupPoints(max, children.stream().map(stage).toList());
    }

    private static BigDecimal sum(List<Points> points, Function<Points, BigDecimal> stage) {
        if (points.stream().map(stage).allMatch(v -> v == null)) return null;
        return points.stream().map(stage).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Per cluster, per relative criterion: the best review value among the sheets. */
    private static Map<Long, Map<Long, BigDecimal>> bestValues(List<Criterion> relative, Collection<ScoreSheet> sheets) {
        var out = new HashMap<Long, Map<Long, BigDecimal>>();
        if (relative.isEmpty()) return out;
        var ids = relative.stream().map(Criterion::getId).toList();
        for (var s : sheets) {
            for (var e : s.getEntries()) {
                if (!ids.contains(e.getCriterionId()) || e.getReviewValue() == null) continue;
                out.computeIfAbsent(s.getClusterId(), k -> new HashMap<>()).merge(e.getCriterionId(), e.getReviewValue(), BigDecimal::max);
            }
        }
        return out;
    }
}
