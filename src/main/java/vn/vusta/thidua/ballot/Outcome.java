package vn.vusta.thidua.ballot;

/** How a closed ballot ended. */
public enum Outcome {
    /** Winners chosen (possibly after tie-breaks). */
    DECIDED,
    /** Nobody reached the threshold (all abstained, too few votes for the denominator...). */
    NO_WINNER,
    /** Candidates are tied for the last seats and the rule's next step is a re-vote among them ({@link Ballots#revote}). */
    REVOTE_NEEDED,
    /** Still tied after every tie-break step of the rule; a new ballot or a decision by the office is needed. */
    UNRESOLVED_TIE
}
