package vn.vusta.thidua.campaign.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.vusta.thidua.common.BusinessRuleException;

/**
 * Turns what a unit entered for one criterion into points, by the criterion's type and formula (data, not code per
 * sheet). Points have two decimals, rounded half up. Values below zero are refused. Returns {@code null} when the
 * points cannot be known yet: no value, no registered target, or (relative to best) the cluster's best not known.
 */
public record ScoreRule(CriterionType type, Formula formula, BigDecimal maxPoints, BigDecimal pointsPerOccurrence) {
    private static final int SCALE = 2;

    public static ScoreRule of(Criterion c) {
        return new ScoreRule(c.getType(), c.getFormula(), c.getMaxPoints(), c.getPointsPerOccurrence());
    }

    /**
     * @param value  what the unit entered: measured value, occurrences, 1/0 for pass/fail, points for judged
     * @param target the unit's registered target (quantitative only)
     * @param best   the best value in the cluster (relative to best only)
     */
    public BigDecimal points(BigDecimal value, BigDecimal target, BigDecimal best) {
        if (type == CriterionType.GROUP) throw new IllegalStateException("a group's points are the sum of its children");
        if (value == null) return null;
        if (value.signum() < 0) throw new BusinessRuleException("score.value.negative");
        BigDecimal points = switch (type) {
            case QUANTITATIVE -> quantitative(value, target, best);
            case JUDGED -> {
                if (value.compareTo(maxPoints) > 0) throw new BusinessRuleException("score.value.aboveMax", maxPoints);
                yield value;
            }
            case PASS_FAIL -> {
                if (value.signum() != 0 && value.compareTo(BigDecimal.ONE) != 0) throw new BusinessRuleException("score.value.passFail");
                yield value.signum() == 0 ? BigDecimal.ZERO : maxPoints;
            }
            case PER_OCCURRENCE -> capped(occurrences(value).multiply(pointsPerOccurrence));
            case BONUS -> capped(pointsPerOccurrence == null ? value : occurrences(value).multiply(pointsPerOccurrence));
            case PENALTY -> capped(pointsPerOccurrence == null ? value : occurrences(value).multiply(pointsPerOccurrence)).negate();
            case GROUP -> throw new IllegalStateException();
        };
        return points == null ? null : points.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal quantitative(BigDecimal value, BigDecimal target, BigDecimal best) {
        return switch (formula) {
            case PROPORTIONAL -> {
                if (target == null) yield null;
                if (target.signum() == 0) yield maxPoints;
                yield capped(maxPoints.multiply(value).divide(target, 6, RoundingMode.HALF_UP));
            }
            case FULL_AT_TARGET -> target == null ? null : value.compareTo(target) >= 0 ? maxPoints : BigDecimal.ZERO;
            case RELATIVE_TO_BEST -> {
                if (best == null) yield null;
                if (value.compareTo(best) > 0) throw new IllegalArgumentException("value above the cluster's best");
                yield best.signum() == 0 ? BigDecimal.ZERO : maxPoints.multiply(value).divide(best, 6, RoundingMode.HALF_UP);
            }
        };
    }

    private static BigDecimal occurrences(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) throw new BusinessRuleException("score.value.wholeNumber");
        return value;
    }

    private BigDecimal capped(BigDecimal points) { return points.min(maxPoints); }

    /** A group's points: the sum of its children's known points, within ±max when the group has a max. */
    public static BigDecimal groupPoints(BigDecimal max, Iterable<BigDecimal> children) {
        var sum = BigDecimal.ZERO;
        for (var c : children) if (c != null) sum = sum.add(c);
        if (max != null && max.signum() > 0) sum = sum.min(max).max(max.negate());
        return sum.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
