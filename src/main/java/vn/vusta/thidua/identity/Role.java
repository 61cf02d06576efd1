package vn.vusta.thidua.identity;

/** Roles of logged-in accounts; the public needs no account. */
public enum Role {
    /** VUSTA emulation office (thường trực Hội đồng TĐKT / Ban Tổ chức và Chính sách hội). */
    ADMIN,
    /** Member of the emulation-commendation council. */
    COUNCIL_MEMBER,
    /** Presidium member in charge of one or more clusters. */
    PRESIDIUM_MEMBER,
    /** Emulation officer acting for one unit. */
    UNIT_OFFICER;

    public String authority() { return "ROLE_" + name(); }
}
