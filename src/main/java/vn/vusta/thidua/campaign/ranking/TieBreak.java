package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How units with the same total are told apart (the campaign's {@code tieBreak}). After the rule, units still equal
 * share the rank ("đồng hạng") and the next rank is skipped, as in sports: 1, 1, 3. Each rule is explained in
 * Vietnamese on the league page ({@code result.tieBreak.X}).
 */
public enum TieBreak {
    /** Higher subtotal of the first top-level group, then of the second, and so on. */
    GROUPS_IN_ORDER(Comparator.comparing(Standing::groups, TieBreak::higherFirstInOrder)),
    /** Fewer penalty points (điểm trừ) ranks higher. */
    FEWER_PENALTIES(Comparator.comparing(Standing::penalties, Comparator.nullsLast(Comparator.naturalOrder()))),
    /** Higher total of the review, then higher total of the self-assessment. */
    REVIEW_THEN_SELF(Comparator.comparing(Standing::review, TieBreak::higherFirst)
            .thenComparing(Standing::self, TieBreak::higherFirst)),
    /** No rule: equal totals share the rank. */
    SHARED((a, b) -> 0);

    private final Comparator<Standing> order;

    TieBreak(Comparator<Standing> order) { this.order = order; }

    /** Orders two standings of equal total: negative when {@code a} ranks above {@code b}, 0 when still tied. */
    public int compare(Standing a, Standing b) { return order.compare(a, b); }

    /** The campaign's stored rule; an unknown or empty one shares the rank (never guesses an order). */
    public static TieBreak of(String name) {
        if (name == null) return SHARED;
        for (var t : values()) if (t.name().equalsIgnoreCase(name.strip())) return t;
        return SHARED;
    }

    static int higherFirst(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        return b.compareTo(a);
    }

    private static int higherFirstInOrder(List<BigDecimal> a, List<BigDecimal> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = higherFirst(i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null);
            if (c != 0) return c;
        }
        return 0;
    }
}
