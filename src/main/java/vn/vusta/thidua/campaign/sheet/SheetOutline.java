package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scoring sheet as the office reads it: every node in tree order with its depth, and the totals it checks by hand
 * in Excel today: the most a unit can score without bonus, the bonus cap and the penalty cap; for each group, the sum
 * of what is under it, so that a group whose children cannot reach its max stands out.
 */
public record SheetOutline(List<Row> rows, BigDecimal maxTotal, BigDecimal bonusCap, BigDecimal penaltyCap) {
    /** The total a VUSTA scoring sheet is out of. */
    public static final BigDecimal EXPECTED_TOTAL = new BigDecimal("100");

    /**
     * One node. For a group: {@code childrenMax} is the sum of its children's max (a nested group without max counts
     * its own children); {@code shortfall} when that sum cannot reach the group's max.
     */
    public record Row(Criterion criterion, int depth, boolean first, boolean last, BigDecimal childrenMax) {
        public boolean shortfall() {
            var max = criterion.getMaxPoints();
            return childrenMax != null && max.signum() > 0 && childrenMax.compareTo(max) < 0;
        }

        public boolean capped() {
            var max = criterion.getMaxPoints();
            return childrenMax != null && max.signum() > 0 && childrenMax.compareTo(max) > 0;
        }
    }

    public static SheetOutline of(ScoringSheet sheet) {
        var rows = new ArrayList<Row>();
        walk(sheet, null, 0, rows);
        return new SheetOutline(List.copyOf(rows), sheet.maxTotal(), cap(sheet, null, CriterionType.BONUS),
                cap(sheet, null, CriterionType.PENALTY));
    }

    /** True when the max total is not the round total the office expects (100). */
    public boolean unusualTotal() { return maxTotal.compareTo(EXPECTED_TOTAL) != 0; }

    public boolean empty() { return rows.isEmpty(); }

    private static void walk(ScoringSheet sheet, Criterion parent, int depth, List<Row> rows) {
        var children = sheet.children(parent);
        for (int i = 0; i < children.size(); i++) {
            var c = children.get(i);
            BigDecimal childrenMax = c.getType().isGroup() ? sum(sheet, c) : null;
            rows.add(new Row(c, depth, i == 0, i == children.size() - 1, childrenMax));
            if (c.getType().isGroup()) walk(sheet, c, depth + 1, rows);
        }
    }

    private static BigDecimal sum(ScoringSheet sheet, Criterion group) {
        var total = BigDecimal.ZERO;
        for (var c : sheet.children(group)) {
            total = total.add(c.getType().isGroup() && c.getMaxPoints().signum() == 0 ? sum(sheet, c) : c.getMaxPoints());
        }
        return total;
    }

    /**
     * The most bonus (or penalty) a unit can get: a criterion of that type counts its max; a group counts its max when
     * everything under it is of that type, else what its children of that type add up to.
     */
    private static BigDecimal cap(ScoringSheet sheet, Criterion parent, CriterionType type) {
        var total = BigDecimal.ZERO;
        for (var c : sheet.children(parent)) {
            if (c.getType() == type) total = total.add(c.getMaxPoints());
            else if (c.getType().isGroup()) {
                var inside = cap(sheet, c, type);
                boolean pure = only(sheet, c, type);
                total = total.add(pure && c.getMaxPoints().signum() > 0 ? c.getMaxPoints().min(inside) : inside);
            }
        }
        return total;
    }

    private static boolean only(ScoringSheet sheet, Criterion group, CriterionType type) {
        var children = sheet.children(group);
        return !children.isEmpty() && children.stream().allMatch(c -> c.getType() == type || c.getType().isGroup() && only(sheet, c, type));
    }
}
