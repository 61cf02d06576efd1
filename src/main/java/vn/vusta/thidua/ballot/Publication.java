package vn.vusta.thidua.ballot;

/** What the result page shows beyond the managers: the full tally and box, or only the outcome (tiny electorates). */
public enum Publication { FULL, OUTCOME_ONLY }
