package vn.vusta.thidua.identity;

/** Who is acting now, as stored in the database at this moment (not as cached at login). */
public record Actor(String username, String displayName, Role role, Long unitId) {
    public static final Actor ANONYMOUS = new Actor(null, null, null, null);

    public boolean isAuthenticated() { return username != null; }

    public boolean isAdmin() { return role == Role.ADMIN; }

    /** True only for a unit officer of exactly this unit. */
    public boolean actsFor(Long unit) { return role == Role.UNIT_OFFICER && unitId != null && unitId.equals(unit); }
}
