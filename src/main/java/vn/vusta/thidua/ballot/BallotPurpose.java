package vn.vusta.thidua.ballot;

/** What a ballot decides; a meeting records next year's head from a closed {@link #NEXT_HEAD} ballot. */
public enum BallotPurpose {
    /** Suy tôn đơn vị dẫn đầu cụm (proposed for the VUSTA emulation flag). */
    ACCLAIM_LEADER,
    /** Đề nghị tặng Bằng khen / Giấy khen. */
    CERTIFICATE_PROPOSAL,
    /** Cụm trưởng năm sau. */
    NEXT_HEAD,
    /** Cụm phó năm sau. */
    NEXT_DEPUTY,
    OTHER
}
