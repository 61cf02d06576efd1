package vn.vusta.thidua.audit;

/**
 * Optional hook: the unit an account acts for, stored with each entry (review S11). The identity module provides it;
 * without it entries carry the actor's name and roles only.
 */
public interface AuditActorUnits {
    Long unitOf(String username);
}
