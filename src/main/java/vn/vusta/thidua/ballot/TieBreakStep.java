package vn.vusta.thidua.ballot;

/** One step of a rule's tie-break sequence, applied in order while more candidates are tied than seats are left. */
public enum TieBreakStep {
    /** Bỏ phiếu lại among the tied (once: a re-vote's own ties go on to the next step). */
    REVOTE,
    /** The higher final score in the published league table of the ballot's cluster and year (skipped if none is published). */
    HIGHER_FINAL_SCORE,
    /** The unit that headed the cluster least recently; a unit with no head year on record counts as never having led. */
    LEAST_RECENTLY_LED
}
