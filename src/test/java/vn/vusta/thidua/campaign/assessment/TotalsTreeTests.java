package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;

/** Subtotals per top-level group and totals from the points per leaf, with group caps, bonus, penalty and relative to best. */
class TotalsTreeTests {
    static TotalsTree.Node n(long id, Long parent, String code, CriterionType type, String max) {
        return new TotalsTree.Node(id, parent, code, code, type, new BigDecimal(max));
    }

    final TotalsTree tree = new TotalsTree(List.of(
            n(1, null, "I", CriterionType.GROUP, "20"),
            n(2, 1L, "I.1", CriterionType.GROUP, "0"),
            n(3, 2L, "I.1.a", CriterionType.JUDGED, "15"),
            n(4, 1L, "I.2", CriterionType.JUDGED, "10"),
            n(5, null, "II", CriterionType.JUDGED, "30"),
            n(6, null, "III", CriterionType.BONUS, "5"),
            n(7, null, "IV", CriterionType.PENALTY, "5")), new BigDecimal("50"));

    /** Final points only (the same in every column). */
    static TotalsTree.Sheet sheet(long id, long cluster, Map<Long, String> points) {
        var entries = new HashMap<Long, TotalsTree.Entry>();
        points.forEach((k, v) -> {
            var p = v == null ? null : new BigDecimal(v);
            entries.put(k, new TotalsTree.Entry(p, p, p, p));
        });
        return new TotalsTree.Sheet(id, 100 + id, cluster, true, entries);
    }

    @Test
    void groupsAreCappedAndTheTotalAddsBonusAndPenalty() {
        var t = tree.totals(List.of(sheet(1, 9, Map.of(3L, "14", 4L, "9", 5L, "25.5", 6L, "2", 7L, "-3")))).get(1L);
        assertThat(t.groups()).extracting(g -> g.points().fin().toPlainString()).containsExactly("20.00", "25.5", "2", "-3");
        assertThat(t.total().fin()).isEqualByComparingTo("44.5");
        assertThat(t.total().self()).isEqualByComparingTo("44.5");
        assertThat(tree.penalties(t)).isEqualByComparingTo("3");
        assertThat(tree.groups()).extracting(TotalsTree.Group::code).containsExactly("I", "II", "III", "IV");
    }

    @Test
    void aColumnWithNoPointsHasNoTotal() {
        var points = new HashMap<Long, String>();
        points.put(3L, null);
        assertThat(tree.totals(List.of(sheet(1, 9, points))).get(1L).total().fin()).isNull();
    }

    @Test
    void relativeToBestTakesTheBestReviewValueOfTheSheetsOwnCluster() {
        var rel = new TotalsTree(List.of(
                new TotalsTree.Node(1, null, "I", "I", CriterionType.GROUP, null, new BigDecimal("10"), null),
                new TotalsTree.Node(2, 1L, "I.1", "I.1", CriterionType.QUANTITATIVE, Formula.RELATIVE_TO_BEST, new BigDecimal("4"), null),
                new TotalsTree.Node(3, 1L, "I.2", "I.2", CriterionType.JUDGED, null, new BigDecimal("6"), null)), new BigDecimal("10"));
        var a = new TotalsTree.Sheet(1, 11, 7, true, Map.of(2L, value("8"), 3L, points("5")));
        var b = new TotalsTree.Sheet(2, 12, 7, true, Map.of(2L, value("4"), 3L, points("6")));
        var other = new TotalsTree.Sheet(3, 13, 8, false, Map.of(2L, value("2"), 3L, points("1")));
        var t = rel.totals(List.of(a, b, other));
        assertThat(t.get(1L).total().fin()).isEqualByComparingTo("9");       // 4 (the best) + 5
        assertThat(t.get(2L).total().fin()).isEqualByComparingTo("8");       // 2 (half the best) + 6
        assertThat(t.get(2L).total().self()).isEqualByComparingTo("6");      // not scored at the self stage
        assertThat(t.get(3L).total().review()).isEqualByComparingTo("5");    // 4 (best of its own cluster) + 1
        assertThat(t.get(3L).total().fin()).isEqualByComparingTo("1");       // not reviewed yet: no final for I.1
    }

    private static TotalsTree.Entry value(String v) { return new TotalsTree.Entry(null, new BigDecimal(v), null, null); }

    private static TotalsTree.Entry points(String p) {
        var b = new BigDecimal(p);
        return new TotalsTree.Entry(b, b, b, b);
    }
}
