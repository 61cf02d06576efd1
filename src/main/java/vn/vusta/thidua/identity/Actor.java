package vn.vusta.thidua.identity;

import java.util.Set;

/** Who is acting now, as stored in the database at this moment (not as cached at login). */
public record Actor(String username, String displayName, Set<Role> roles, Long unitId) {
    public static final Actor ANONYMOUS = new Actor(null, null, Set.of(), null);

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isAuthenticated() { return username != null; }

    public boolean has(Role role) { return roles.contains(role); }

    /** The VUSTA emulation office (units, clusters, mergers, audit). */
    public boolean isOffice() { return has(Role.OFFICE); }

    /** Account administration (accounts, roles, passwords, locks). */
    public boolean isSystemAdmin() { return has(Role.SYSTEM_ADMIN); }

    /** True only for a unit officer of exactly this unit. */
    public boolean actsFor(Long unit) { return has(Role.UNIT_OFFICER) && unitId != null && unitId.equals(unit); }
}
