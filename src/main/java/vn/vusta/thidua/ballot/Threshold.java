package vn.vusta.thidua.ballot;

/** How many votes a candidate needs, measured against the rule's {@link Denominator}. */
public enum Threshold {
    /** Quá 1/2: votes × 2 &gt; denominator. */
    MORE_THAN_HALF,
    /** Từ 2/3 trở lên: votes × 3 ≥ denominator × 2. */
    AT_LEAST_TWO_THIRDS,
    /** Từ 90 % trở lên: votes × 10 ≥ denominator × 9. */
    AT_LEAST_NINETY_PERCENT,
    /** Nhiều phiếu nhất: at least one vote (yes/no: more yes than no); the most votes win. */
    PLURALITY;

    /** Whether {@code votes} meet the threshold against {@code denominator} (never with a denominator of 0). */
    public boolean met(int votes, int denominator) {
        return switch (this) {
            case MORE_THAN_HALF -> denominator > 0 && votes * 2L > denominator;
            case AT_LEAST_TWO_THIRDS -> denominator > 0 && votes * 3L >= denominator * 2L;
            case AT_LEAST_NINETY_PERCENT -> denominator > 0 && votes * 10L >= denominator * 9L;
            case PLURALITY -> votes > 0;
        };
    }
}
