package vn.vusta.thidua.identity;

/**
 * Roles of logged-in accounts, named from the glossary; an account holds one or more. The public needs no account.
 * Account administration ({@link #SYSTEM_ADMIN}) is kept apart from the emulation office's work ({@link #OFFICE}).
 */
public enum Role {
    /** VUSTA emulation office (thường trực Hội đồng TĐKT / Ban Tổ chức và Chính sách hội): units, clusters, mergers, audit. */
    OFFICE,
    /** Standing member of the emulation-commendation council (Thường trực Hội đồng TĐKT). */
    COUNCIL_STANDING,
    /** Secretary of the emulation-commendation council (Ủy viên Thư ký). */
    COUNCIL_SECRETARY,
    /** Member of the emulation-commendation council. */
    COUNCIL_MEMBER,
    /** Presidium member in charge of one or more clusters. */
    PRESIDIUM_MEMBER,
    /** Emulation officer acting for one unit (the only role that binds an account to a unit). */
    UNIT_OFFICER,
    /** System administrator: accounts, roles, passwords and locks; no emulation work by this role alone. */
    SYSTEM_ADMIN;

    public String authority() { return "ROLE_" + name(); }
}
