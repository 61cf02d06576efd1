package vn.vusta.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends audit entries. Each entry holds the hash of the previous one; the chain head row is locked while
 * appending so that concurrent writers extend the chain one after the other.
 */
@Service
public class AuditTrail {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change inside the caller's transaction (there must be one: the audit entry and the change
     * commit or roll back together).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String summary,
                       Map<String, ?> oldValue, Map<String, ?> newValue) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        var entry = new AuditEntry(seq, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), currentActor(), action,
                entityType, entityId == null ? null : String.valueOf(entityId), summary,
                toJson(oldValue), toJson(newValue), prevHash, null);
        String hash = entry.computeHash();
        jdbc.update("""
                insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, summary,
                                         old_value, new_value, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                seq, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(), action, entityType,
                entry.entityId(), summary, entry.oldValue(), entry.newValue(), prevHash, hash);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    private String toJson(Map<String, ?> value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
