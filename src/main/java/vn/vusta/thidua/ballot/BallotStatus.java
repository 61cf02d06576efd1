package vn.vusta.thidua.ballot;

/** DRAFT → OPEN → CLOSED (a paper ballot goes from DRAFT or an empty OPEN straight to CLOSED). */
public enum BallotStatus { DRAFT, OPEN, CLOSED }
