package vn.vusta.thidua.ballot;

/** How a voter answers. */
public enum BallotKind {
    /** Choose at most {@code maxChoices} of the candidates (k = 1 to acclaim the leading unit). */
    CHOOSE_UP_TO_K,
    /** Yes, no or abstain for each candidate; at most {@code maxChoices} candidates pass. */
    YES_NO_ABSTAIN,
    /** Rank the candidates; a single winner by instant run-off. */
    RANKED_CHOICE
}
