package vn.vusta.thidua.campaign.progress;

/**
 * Where a member unit stands with its cluster's covenant on the dashboard. Only a party of a compiled covenant has
 * something to confirm: before the head compiles it (or while it is prepared again after a reopening) the column is
 * neutral, not "not confirmed".
 */
public enum CovenantStep {
    /** The covenant is not tracked (no covenant module). */
    NOT_TRACKED,
    /** The head has not started the cluster's covenant. */
    NONE,
    /** The head is preparing it (also after a reopening): nothing to confirm yet. */
    DRAFT,
    /** Compiled, but the unit is not one of its parties (it had no submitted registration). */
    NOT_A_PARTY,
    /** Compiled and awaiting the unit's confirmation. */
    AWAITING,
    /** The unit has confirmed it. */
    CONFIRMED;

    /** The step of a member ({@code unitId}) of a cluster whose covenant is {@code covenant} (null: none). */
    static CovenantStep of(boolean tracked, CovenantConfirmations.Covenant covenant, long unitId) {
        if (!tracked) return NOT_TRACKED;
        if (covenant == null) return NONE;
        if (!covenant.compiled()) return DRAFT;
        if (!covenant.parties().containsKey(unitId)) return NOT_A_PARTY;
        return covenant.parties().get(unitId) != null ? CONFIRMED : AWAITING;
    }

    /** Whether the step is a neutral one (nothing is asked of the unit). */
    public boolean neutral() { return this != AWAITING && this != CONFIRMED; }
}
