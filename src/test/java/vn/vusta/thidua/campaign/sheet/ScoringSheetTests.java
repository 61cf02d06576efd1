package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.cluster.ClusterLevel;

/** The criteria tree: any depth, tree order, maximum, copies for a new year, locking. */
class ScoringSheetTests {
    static CriterionSpec group(String code, String max) {
        return new CriterionSpec(code, "Nhóm " + code, null, CriterionType.GROUP, null, new BigDecimal(max), null, false, null);
    }

    static CriterionSpec judged(String code, String max) {
        return new CriterionSpec(code, "Tiêu chí " + code, null, CriterionType.JUDGED, null, new BigDecimal(max), null, false, null);
    }

    static ScoringSheet sample() {
        var s = new ScoringSheet("CUM-LHH", 1, "Bảng điểm cụm", ClusterLevel.VUSTA, 1, LocalDate.of(2026, 1, 1));
        var a = s.add(null, group("I", "60"));
        var a1 = s.add(a, group("I.1", "0"));
        s.add(a1, judged("I.1.a", "20"));
        s.add(a1, judged("I.1.b", "10"));
        s.add(a, judged("I.2", "30"));
        var b = s.add(null, group("II", "40"));
        s.add(b, judged("II.1", "40"));
        var bonus = s.add(null, new CriterionSpec("III", "Điểm thưởng", null, CriterionType.GROUP, null, new BigDecimal("10"), null, false, null));
        s.add(bonus, new CriterionSpec("III.1", "Được khen thưởng", null, CriterionType.BONUS, null, new BigDecimal("10"), new BigDecimal("2"), true, null));
        return s;
    }

    @Test
    void leavesComeInTreeOrderAtAnyDepth() {
        assertThat(sample().leaves()).extracting(Criterion::getCode).containsExactly("I.1.a", "I.1.b", "I.2", "II.1", "III.1");
    }

    @Test
    void theMaximumCountsGroupsButNotBonus() {
        var s = new ScoringSheet("X", 1, "X", ClusterLevel.VUSTA, 1, LocalDate.of(2026, 1, 1));
        var g = s.add(null, group("A", "0"));
        s.add(g, judged("A.1", "20"));
        s.add(g, judged("A.2", "15"));
        s.add(null, judged("B", "65"));
        s.add(null, new CriterionSpec("C", "Thưởng", null, CriterionType.BONUS, null, new BigDecimal("5"), null, false, null));
        assertThat(s.maxTotal()).isEqualByComparingTo("100");
        assertThat(sample().maxTotal()).isEqualByComparingTo("100");
    }

    @Test
    void codesAreUniqueAndOnlyGroupsHaveChildren() {
        var s = sample();
        assertThatThrownBy(() -> s.add(null, judged("i.2", "5"))).hasMessage("criterion.code.duplicate");
        var leaf = s.leaves().getFirst();
        assertThatThrownBy(() -> s.add(leaf, judged("Z", "5"))).hasMessage("criterion.parent.notGroup");
    }

    @Test
    void aCopyKeepsTheWholeTreeUnderTheNextVersion() {
        var s = sample();
        s.lock("Kết quả năm 2025 đã công bố");
        var copy = s.copyAsVersion(2, LocalDate.of(2027, 1, 1));
        assertThat(copy.getSheetVersion()).isEqualTo(2);
        assertThat(copy.isLocked()).isFalse();
        assertThat(copy.leaves()).extracting(Criterion::getCode).containsExactly("I.1.a", "I.1.b", "I.2", "II.1", "III.1");
        assertThat(copy.children(copy.roots().getFirst())).extracting(Criterion::getCode).containsExactly("I.1", "I.2");
        assertThat(copy.maxTotal()).isEqualByComparingTo(s.maxTotal());
    }

    @Test
    void aLockedSheetRefusesEveryChange() {
        var s = sample();
        s.lock("Kết quả năm 2025 đã công bố");
        assertThatThrownBy(() -> s.add(null, judged("IV", "5"))).hasMessage("sheet.locked");
        assertThatThrownBy(() -> s.remove(s.leaves().getFirst())).hasMessage("sheet.locked");
        assertThatThrownBy(() -> s.change(s.leaves().getFirst(), judged("I.1.a", "25"))).hasMessage("sheet.locked");
        assertThatThrownBy(() -> s.describe("Khác", LocalDate.of(2026, 1, 1), null, null)).hasMessage("sheet.locked");
    }

    @Test
    void removingAGroupRemovesEverythingUnderIt() {
        var s = sample();
        s.remove(s.roots().getFirst());
        assertThat(s.leaves()).extracting(Criterion::getCode).containsExactly("II.1", "III.1");
        assertThat(s.getCriteria()).hasSize(4);
    }

    @Test
    void specsThatCannotBeScoredAreRefused() {
        assertThatThrownBy(() -> new CriterionSpec("Q", "Q", null, CriterionType.QUANTITATIVE, null, BigDecimal.TEN, null, false, null).check())
                .hasMessage("criterion.formula.onlyQuantitative");
        assertThatThrownBy(() -> new CriterionSpec("P", "P", null, CriterionType.PER_OCCURRENCE, null, BigDecimal.TEN, null, false, null).check())
                .hasMessage("criterion.perOccurrence.missing");
        assertThatThrownBy(() -> new CriterionSpec("J", "J", null, CriterionType.JUDGED, Formula.PROPORTIONAL, BigDecimal.TEN, null, false, null).check())
                .hasMessage("criterion.formula.onlyQuantitative");
    }
}
