package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts totals scored by different heads on one scale (pure). Within each group (a cluster, or the reviewer who scored
 * the sheet) a total becomes its z-score {@code z = (x − mean of the group) / standard deviation of the group}; the
 * z-score is brought back to the sheet's points with the mean and standard deviation of every total of the campaign,
 * {@code x' = mean + z × sd}, and kept within 0 … the sheet's maximum. A group whose totals are all equal (or a
 * single unit) gets z = 0, that is the campaign's mean. Population standard deviations; two decimals.
 */
public final class Normalisation {
    private Normalisation() {}

    /** By what a total is compared: not at all, within its cluster, or within the sheets of the same reviewer. */
    public enum Mode { NONE, CLUSTER, REVIEWER }

    private record Moments(double mean, double sd) {
        static Moments of(List<Double> xs) {
            double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double var = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0);
            return new Moments(mean, Math.sqrt(var));
        }
    }

    /**
     * The normalised total of each item, in the order given; an item without a raw total gets null.
     *
     * @param group the item's group (cluster or reviewer); ignored for {@link Mode#NONE}
     */
    public static <T> List<BigDecimal> normalise(List<T> items, Function<T, BigDecimal> raw, Function<T, Object> group,
                                                 BigDecimal maxTotal) {
        var known = items.stream().map(raw).filter(x -> x != null).map(BigDecimal::doubleValue).toList();
        var all = Moments.of(known);
        var values = new HashMap<Object, java.util.ArrayList<Double>>();
        for (var i : items) {
            var x = raw.apply(i);
            if (x != null) values.computeIfAbsent(group.apply(i), k -> new java.util.ArrayList<>()).add(x.doubleValue());
        }
        Map<Object, Moments> byGroup = new HashMap<>();
        values.forEach((k, v) -> byGroup.put(k, Moments.of(v)));
        double max = maxTotal == null ? Double.MAX_VALUE : maxTotal.doubleValue();
        return items.stream().map(i -> {
            var x = raw.apply(i);
            if (x == null) return null;
            var m = byGroup.get(group.apply(i));
            double z = m.sd() < 1e-9 ? 0 : (x.doubleValue() - m.mean()) / m.sd();
            double scaled = Math.max(0, Math.min(max, all.mean() + z * all.sd()));
            return BigDecimal.valueOf(scaled).setScale(2, RoundingMode.HALF_UP);
        }).toList();
    }
}
