package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;

/**
 * A scoring sheet's tree reduced to what totals need, built once per campaign: a unit's points per leaf criterion
 * become its subtotal per top-level node and its total ({@link ScoreRule#groupPoints}: a group is the sum of its
 * children within ±its max). Stands in for the assessment's per-sheet totals service until ranking reuses that one.
 */
public final class SheetTree {
    /** A node of the tree in tree order: {@code parentId} null at the top. */
    public record Node(long id, Long parentId, String code, String name, CriterionType type, BigDecimal maxPoints) {}

    /** A top-level node of the sheet: the columns of the league table (I, II, III… and often bonus and penalty). */
    public record Group(String code, String name) {}

    private final List<Node> roots = new ArrayList<>();
    private final Map<Long, List<Node>> children = new HashMap<>();
    private final BigDecimal maxTotal;

    public SheetTree(List<Node> nodes, BigDecimal maxTotal) {
        for (var n : nodes) {
            if (n.parentId() == null) roots.add(n);
            else children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        this.maxTotal = maxTotal;
    }

    public static SheetTree of(ScoringSheet sheet) {
        var nodes = new ArrayList<Node>();
        collect(sheet, sheet.roots(), nodes);
        return new SheetTree(nodes, sheet.maxTotal());
    }

    private static void collect(ScoringSheet sheet, List<vn.vusta.thidua.campaign.sheet.Criterion> level, List<Node> out) {
        for (var c : level) {
            out.add(new Node(c.getId(), c.parentId(), c.getCode(), c.getName(), c.getType(), c.getMaxPoints()));
            collect(sheet, sheet.children(c), out);
        }
    }

    public List<Group> groups() { return roots.stream().map(n -> new Group(n.code(), n.name())).toList(); }

    /** The most a unit can score without bonus (the range the normalised comparison is rescaled to). */
    public BigDecimal maxTotal() { return maxTotal; }

    /** One column's result: the subtotal of each top-level node and the total; null when no points are known at all. */
    public record Totals(List<BigDecimal> groups, BigDecimal total) {}

    /** Subtotals and total of one column (self, review or final) from the points per leaf criterion id. */
    public Totals totals(Map<Long, BigDecimal> points) {
        if (points.values().stream().allMatch(p -> p == null)) return new Totals(roots.stream().map(r -> (BigDecimal) null).toList(), null);
        var groups = new ArrayList<BigDecimal>(roots.size());
        for (var r : roots) groups.add(points(r, points));
        return new Totals(groups, ScoreRule.groupPoints(null, groups));
    }

    /** The penalty points of a column as a positive number (for the tie-break "fewer penalties"). */
    public BigDecimal penalties(Map<Long, BigDecimal> points) {
        var sum = BigDecimal.ZERO;
        for (var r : roots) sum = sum.add(penalties(r, points));
        return sum;
    }

    private BigDecimal points(Node n, Map<Long, BigDecimal> points) {
        if (!n.type().isGroup()) {
            var p = points.get(n.id());
            return p == null ? BigDecimal.ZERO.setScale(2) : p;
        }
        var kids = children.getOrDefault(n.id(), List.of());
        var sums = new ArrayList<BigDecimal>(kids.size());
        for (var k : kids) sums.add(points(k, points));
        return ScoreRule.groupPoints(n.maxPoints(), sums);
    }

    private BigDecimal penalties(Node n, Map<Long, BigDecimal> points) {
        if (n.type() == CriterionType.PENALTY) {
            var p = points.get(n.id());
            return p == null ? BigDecimal.ZERO : p.abs();
        }
        var sum = BigDecimal.ZERO;
        for (var k : children.getOrDefault(n.id(), List.of())) sum = sum.add(penalties(k, points));
        return sum;
    }
}
