package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.campaign.sheet.CriterionType;

/** Subtotals per top-level group and totals from the points per leaf, with group caps, bonus and penalty. */
class SheetTreeTests {
    static SheetTree.Node n(long id, Long parent, String code, CriterionType type, String max) {
        return new SheetTree.Node(id, parent, code, code, type, new BigDecimal(max));
    }

    final SheetTree tree = new SheetTree(List.of(
            n(1, null, "I", CriterionType.GROUP, "20"),
            n(2, 1L, "I.1", CriterionType.GROUP, "0"),
            n(3, 2L, "I.1.a", CriterionType.JUDGED, "15"),
            n(4, 1L, "I.2", CriterionType.JUDGED, "10"),
            n(5, null, "II", CriterionType.JUDGED, "30"),
            n(6, null, "III", CriterionType.BONUS, "5"),
            n(7, null, "IV", CriterionType.PENALTY, "5")), new BigDecimal("50"));

    @Test
    void groupsAreCappedAndTheTotalAddsBonusAndPenalty() {
        var points = new HashMap<Long, BigDecimal>();
        points.put(3L, new BigDecimal("14"));
        points.put(4L, new BigDecimal("9"));
        points.put(5L, new BigDecimal("25.5"));
        points.put(6L, new BigDecimal("2"));
        points.put(7L, new BigDecimal("-3"));
        var t = tree.totals(points);
        assertThat(t.groups()).extracting(BigDecimal::toPlainString).containsExactly("20.00", "25.5", "2", "-3");
        assertThat(t.total()).isEqualByComparingTo("44.5");
        assertThat(tree.penalties(points)).isEqualByComparingTo("3");
        assertThat(tree.groups()).extracting(SheetTree.Group::code).containsExactly("I", "II", "III", "IV");
    }

    @Test
    void aColumnWithNoPointsHasNoTotal() {
        var points = new HashMap<Long, BigDecimal>();
        points.put(3L, null);
        assertThat(tree.totals(points).total()).isNull();
    }
}
