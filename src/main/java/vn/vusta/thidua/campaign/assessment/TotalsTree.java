package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;

/**
 * THE totals of score sheets (pure, no database): a scoring sheet's tree reduced to what totals need, built once and
 * applied to any number of sheets. A group's points are its children's within ±its max ({@link ScoreRule#groupPoints});
 * bonus and penalty count on top. A criterion scored relative to the best takes the best review value of the sheet's
 * cluster among the sheets given (at the self stage it is not scored: "computed at review"). The sheet page
 * ({@link SheetTotals}), the league table, the comparison and the bulk recompute all count with this one class.
 */
public final class TotalsTree {
    /** A node of the tree in tree order ({@code parentId} null at the top). */
    public record Node(long id, Long parentId, String code, String name, CriterionType type, Formula formula, BigDecimal maxPoints,
                       BigDecimal pointsPerOccurrence) {
        public Node(long id, Long parentId, String code, String name, CriterionType type, BigDecimal maxPoints) {
            this(id, parentId, code, name, type, null, maxPoints, null);
        }
    }

    /** A top-level node: the columns of the league table (I, II, III… and often bonus and penalty). */
    public record Group(long id, String code, String name) {}

    /** What a sheet holds for one leaf criterion: the unit's points, the review's value and points, the final points. */
    public record Entry(BigDecimal self, BigDecimal reviewValue, BigDecimal review, BigDecimal fin) {}

    /** One score sheet as the totals read it: {@code reviewed} once its review is complete (final points follow it). */
    public record Sheet(long sheetId, long unitId, long clusterId, boolean reviewed, Map<Long, Entry> entries) {}

    private final List<Node> roots = new ArrayList<>();
    private final Map<Long, List<Node>> children = new HashMap<>();
    private final List<Node> relative = new ArrayList<>();
    private final List<Node> penalties = new ArrayList<>();
    private final BigDecimal maxTotal;

    public TotalsTree(List<Node> nodes, BigDecimal maxTotal) {
        for (var n : nodes) {
            if (n.parentId() == null) roots.add(n);
            else children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            if (!n.type().isGroup() && n.formula() == Formula.RELATIVE_TO_BEST) relative.add(n);
            if (n.type() == CriterionType.PENALTY) penalties.add(n);
        }
        this.maxTotal = maxTotal;
    }

    public static TotalsTree of(ScoringSheet sheet) {
        var nodes = new ArrayList<Node>();
        collect(sheet, sheet.roots(), nodes);
        return new TotalsTree(nodes, sheet.maxTotal());
    }

    private static void collect(ScoringSheet sheet, List<Criterion> level, List<Node> out) {
        for (var c : level) {
            out.add(new Node(c.getId(), c.parentId(), c.getCode(), c.getName(), c.getType(), c.getFormula(), c.getMaxPoints(),
                    c.getPointsPerOccurrence()));
            collect(sheet, sheet.children(c), out);
        }
    }

    public List<Group> groups() { return roots.stream().map(n -> new Group(n.id(), n.code(), n.name())).toList(); }

    /** The most a unit can score without bonus (the range the normalised comparison is rescaled to). */
    public BigDecimal maxTotal() { return maxTotal; }

    /** The totals of the given sheets, by sheet id in the order given; give a cluster's sheets together (best values). */
    public Map<Long, SheetTotals.Totals> totals(Collection<Sheet> sheets) {
        var best = bestValues(sheets);
        var out = new LinkedHashMap<Long, SheetTotals.Totals>();
        for (var sheet : sheets) {
            var byNode = new HashMap<Long, SheetTotals.Points>();
            var clusterBest = best.getOrDefault(sheet.clusterId(), Map.of());
            var groups = new ArrayList<SheetTotals.Subtotal>(roots.size());
            var rootPoints = new ArrayList<SheetTotals.Points>(roots.size());
            for (var r : roots) {
                var p = node(r, sheet, clusterBest, byNode);
                rootPoints.add(p);
                groups.add(new SheetTotals.Subtotal(r.id(), r.code(), r.name(), p));
            }
            var total = new SheetTotals.Points(sum(rootPoints, SheetTotals.Points::self), sum(rootPoints, SheetTotals.Points::review),
                    sum(rootPoints, SheetTotals.Points::fin));
            out.put(sheet.sheetId(), new SheetTotals.Totals(sheet.sheetId(), sheet.unitId(), sheet.clusterId(), total, groups, byNode));
        }
        return out;
    }

    /** The final penalty points of computed totals, as a positive number (for the tie-break "fewer penalties"). */
    public BigDecimal penalties(SheetTotals.Totals totals) {
        var sum = BigDecimal.ZERO;
        for (var n : penalties) {
            var p = totals.byNode().get(n.id());
            if (p != null && p.fin() != null) sum = sum.add(p.fin().abs());
        }
        return sum;
    }

    private SheetTotals.Points node(Node n, Sheet sheet, Map<Long, BigDecimal> best, Map<Long, SheetTotals.Points> byNode) {
        SheetTotals.Points p;
        if (n.type().isGroup()) {
            var kids = children.getOrDefault(n.id(), List.of());
            var points = new ArrayList<SheetTotals.Points>(kids.size());
            for (var k : kids) points.add(node(k, sheet, best, byNode));
            p = new SheetTotals.Points(group(n.maxPoints(), points, SheetTotals.Points::self),
                    group(n.maxPoints(), points, SheetTotals.Points::review), group(n.maxPoints(), points, SheetTotals.Points::fin));
        } else {
            p = leaf(n, sheet.entries().get(n.id()), best.get(n.id()), sheet.reviewed());
        }
        byNode.put(n.id(), p);
        return p;
    }

    private static SheetTotals.Points leaf(Node n, Entry e, BigDecimal best, boolean reviewed) {
        if (e == null) return new SheetTotals.Points(null, null, null);
        if (n.formula() != Formula.RELATIVE_TO_BEST) return new SheetTotals.Points(e.self(), e.review(), e.fin());
        var rule = new ScoreRule(n.type(), n.formula(), n.maxPoints(), n.pointsPerOccurrence());
        var review = e.review() != null ? e.review()
                : e.reviewValue() == null || best == null ? null : rule.points(e.reviewValue(), null, best);
        var fin = e.fin() != null ? e.fin() : reviewed ? review : null;
        return new SheetTotals.Points(null, review, fin);
    }

    private static BigDecimal group(BigDecimal max, List<SheetTotals.Points> children, Function<SheetTotals.Points, BigDecimal> stage) {
        boolean any = false;
        for (var c : children) any |= stage.apply(c) != null;
        if (!any) return null;
        return ScoreRule.groupPoints(max, children.stream().map(stage).toList());
    }

    private static BigDecimal sum(List<SheetTotals.Points> points, Function<SheetTotals.Points, BigDecimal> stage) {
        BigDecimal sum = null;
        for (var p : points) {
            var v = stage.apply(p);
            if (v != null) sum = sum == null ? v : sum.add(v);
        }
        return sum;
    }

    /** Per cluster, per relative criterion: the best review value among the sheets. */
    private Map<Long, Map<Long, BigDecimal>> bestValues(Collection<Sheet> sheets) {
        var out = new HashMap<Long, Map<Long, BigDecimal>>();
        if (relative.isEmpty()) return out;
        for (var s : sheets) {
            for (var n : relative) {
                var e = s.entries().get(n.id());
                if (e == null || e.reviewValue() == null) continue;
                out.computeIfAbsent(s.clusterId(), k -> new HashMap<>()).merge(n.id(), e.reviewValue(), BigDecimal::max);
            }
        }
        return out;
    }
}
