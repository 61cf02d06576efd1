package vn.vusta.thidua.ballot;

/** What a {@link Threshold} is a share of. */
public enum Denominator {
    /** Số phiếu bầu: every valid ballot in the box, blank ones included (invalid paper ballots are not). */
    VOTES_CAST,
    /** Số thành viên có mặt: the present member units given when the ballot was created. */
    MEMBERS_PRESENT,
    /** Tổng số thành viên: all member units, present or not. */
    ALL_MEMBERS
}
