package vn.vusta.thidua.audit;

import java.time.Instant;

/**
 * One sealed link of the audit chain. {@code kind} is NAMED (an actor, with the roles and unit it acted for at the
 * time) or ANONYMOUS (no actor at all, and a time rounded to the day: the door for ballot records).
 * {@code scheme} 1 marks entries of the first, unkeyed design; 2 is the keyed chain.
 */
public record AuditEntry(long seq, Instant occurredAt, String kind, String actor, String actorRoles, Long actorUnitId,
                         String action, String entityType, String entityId, String summary, String oldValue,
                         String newValue, String prevHash, String hash, int scheme) {
    public static final String NAMED = "NAMED";
    public static final String ANONYMOUS = "ANONYMOUS";

    AuditEntry linked(long seq, String prevHash, String hash) {
        return new AuditEntry(seq, occurredAt, kind, actor, actorRoles, actorUnitId, action, entityType, entityId,
                summary, oldValue, newValue, prevHash, hash, ChainHash.KEYED);
    }
}
