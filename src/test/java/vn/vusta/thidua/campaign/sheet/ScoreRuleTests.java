package vn.vusta.thidua.campaign.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.common.BusinessRuleException;

/** Every criterion type and formula, with the edge cases a sheet meets in practice. */
class ScoreRuleTests {
    static BigDecimal d(String s) { return s == null ? null : new BigDecimal(s); }

    static ScoreRule rule(CriterionType type, Formula formula, String max, String perOccurrence) {
        return new ScoreRule(type, formula, d(max), d(perOccurrence));
    }

    @Test
    void proportionalGivesPointsInProportionUpToTheMax() {
        var r = rule(CriterionType.QUANTITATIVE, Formula.PROPORTIONAL, "10", null);
        assertThat(r.points(d("15"), d("20"), null)).isEqualByComparingTo("7.50");
        assertThat(r.points(d("20"), d("20"), null)).isEqualByComparingTo("10");
        assertThat(r.points(d("35"), d("20"), null)).isEqualByComparingTo("10");
        assertThat(r.points(d("0"), d("20"), null)).isEqualByComparingTo("0");
        assertThat(r.points(d("1"), d("3"), null)).isEqualByComparingTo("3.33");
        assertThat(r.points(d("5"), null, null)).as("no registered target: not known yet").isNull();
    }

    @Test
    void fullAtTargetIsAllOrNothing() {
        var r = rule(CriterionType.QUANTITATIVE, Formula.FULL_AT_TARGET, "8", null);
        assertThat(r.points(d("12"), d("12"), null)).isEqualByComparingTo("8");
        assertThat(r.points(d("13"), d("12"), null)).isEqualByComparingTo("8");
        assertThat(r.points(d("11.99"), d("12"), null)).isEqualByComparingTo("0");
    }

    @Test
    void relativeToBestGivesTheBestTheMaxAndOthersInProportion() {
        var r = rule(CriterionType.QUANTITATIVE, Formula.RELATIVE_TO_BEST, "6", null);
        assertThat(r.points(d("40"), null, d("40"))).isEqualByComparingTo("6");
        assertThat(r.points(d("30"), null, d("40"))).isEqualByComparingTo("4.50");
        assertThat(r.points(d("0"), null, d("0"))).as("nobody achieved anything").isEqualByComparingTo("0");
        assertThat(r.points(d("30"), null, null)).as("the cluster's best is not known yet").isNull();
    }

    @Test
    void judgedPointsStayWithinTheMax() {
        var r = rule(CriterionType.JUDGED, null, "5", null);
        assertThat(r.points(d("4.5"), null, null)).isEqualByComparingTo("4.50");
        assertThat(r.points(d("0"), null, null)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> r.points(d("5.5"), null, null)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("score.value.aboveMax");
    }

    @Test
    void passFailTakesOnlyOneOrZero() {
        var r = rule(CriterionType.PASS_FAIL, null, "3", null);
        assertThat(r.points(d("1"), null, null)).isEqualByComparingTo("3");
        assertThat(r.points(d("0"), null, null)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> r.points(d("2"), null, null)).hasMessage("score.value.passFail");
    }

    @Test
    void perOccurrenceIsCapped() {
        var r = rule(CriterionType.PER_OCCURRENCE, null, "5", "1.5");
        assertThat(r.points(d("2"), null, null)).isEqualByComparingTo("3");
        assertThat(r.points(d("4"), null, null)).isEqualByComparingTo("5");
        assertThatThrownBy(() -> r.points(d("2.5"), null, null)).hasMessage("score.value.wholeNumber");
    }

    @Test
    void bonusAddsAndPenaltyTakesAwayWithinTheirCaps() {
        assertThat(rule(CriterionType.BONUS, null, "5", "2").points(d("2"), null, null)).isEqualByComparingTo("4");
        assertThat(rule(CriterionType.BONUS, null, "5", "2").points(d("3"), null, null)).isEqualByComparingTo("5");
        assertThat(rule(CriterionType.BONUS, null, "5", null).points(d("3.5"), null, null)).isEqualByComparingTo("3.5");
        assertThat(rule(CriterionType.PENALTY, null, "10", "3").points(d("2"), null, null)).isEqualByComparingTo("-6");
        assertThat(rule(CriterionType.PENALTY, null, "10", "3").points(d("5"), null, null)).isEqualByComparingTo("-10");
        assertThat(rule(CriterionType.PENALTY, null, "4", null).points(d("0"), null, null)).isEqualByComparingTo("0");
    }

    @Test
    void negativeValuesAreRefusedAndMissingValuesAreUnknown() {
        var r = rule(CriterionType.JUDGED, null, "5", null);
        assertThatThrownBy(() -> r.points(d("-1"), null, null)).hasMessage("score.value.negative");
        assertThat(r.points(null, null, null)).isNull();
    }

    @Test
    void aGroupSumsItsChildrenWithinItsMax() {
        assertThat(ScoreRule.groupPoints(d("20"), Arrays.asList(d("8"), d("7.5"), null))).isEqualByComparingTo("15.5");
        assertThat(ScoreRule.groupPoints(d("10"), Arrays.asList(d("8"), d("7")))).isEqualByComparingTo("10");
        assertThat(ScoreRule.groupPoints(d("5"), Arrays.asList(d("-4"), d("-3")))).isEqualByComparingTo("-5");
        assertThat(ScoreRule.groupPoints(d("0"), Arrays.asList(d("4"), d("3")))).as("no max: plain sum").isEqualByComparingTo("7");
    }
}
