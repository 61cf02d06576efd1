package vn.vusta.thidua.meeting;

/** When a meeting may decide: the share of the invited member units present. */
public enum QuorumRule {
    /** More than half of the member units. */
    MORE_THAN_HALF,
    /** At least two thirds of the member units. */
    AT_LEAST_TWO_THIRDS;

    public boolean reached(int present, int members) {
        if (members <= 0) return false;
        return switch (this) {
            case MORE_THAN_HALF -> 2 * present > members;
            case AT_LEAST_TWO_THIRDS -> 3 * present >= 2 * members;
        };
    }

    /** The fewest present units that reach the quorum. */
    public int needed(int members) {
        for (int n = 0; n <= members; n++) if (reached(n, members)) return n;
        return members + 1;
    }
}
