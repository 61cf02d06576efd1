package vn.vusta.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends audit entries to the journal inside the caller's transaction: the entry commits or rolls back with the
 * change, and no writer waits for another. After commit the {@link AuditSealer} chains the entry.
 */
@Service
public class AuditTrail {
    static final String SYSTEM = "system";
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditSealer sealer;
    private final ObjectProvider<AuditActorUnits> units;

    AuditTrail(JdbcTemplate jdbc, ObjectMapper json, Clock clock, AuditSealer sealer, ObjectProvider<AuditActorUnits> units) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.sealer = sealer;
        this.units = units;
    }

    /**
     * Records a change by the signed-in account (or "system") inside the caller's transaction (there must be one:
     * the audit entry and the change commit or roll back together).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String summary,
                       Map<String, ?> oldValue, Map<String, ?> newValue) {
        recordAs(SecurityContextHolder.getContext().getAuthentication(), action, entityType, entityId, summary,
                oldValue, newValue);
    }

    /**
     * Records an entry that names nobody: no actor, no roles, no unit, and the time rounded down to the day (Vietnam
     * time). For secret ballots, which must never be linked to a voter; write them in bulk (e.g. at a ballot's close).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAnonymous(String action, String entityType, Object entityId, String summary, Map<String, ?> newValue) {
        Instant day = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        append(day, AuditEntry.ANONYMOUS, null, null, null, action, entityType, entityId, summary, null, newValue);
    }

    /** As {@link #record} for a given authentication (login events, where the context is not yet set). */
    void recordAs(Authentication auth, String action, String entityType, Object entityId, String summary,
                  Map<String, ?> oldValue, Map<String, ?> newValue) {
        boolean named = auth != null && auth.getName() != null && !(auth instanceof AnonymousAuthenticationToken);
        String actor = named ? auth.getName() : SYSTEM;
        String roles = named ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().collect(Collectors.joining(",")) : null;
        Long unit = named ? units.stream().map(u -> u.unitOf(actor)).filter(java.util.Objects::nonNull).findFirst().orElse(null) : null;
        append(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), AuditEntry.NAMED, actor, roles == null || roles.isEmpty() ? null : roles,
                unit, action, entityType, entityId, summary, oldValue, newValue);
    }

    private void append(Instant at, String kind, String actor, String roles, Long unit, String action, String entityType,
                        Object entityId, String summary, Map<String, ?> oldValue, Map<String, ?> newValue) {
        jdbc.update("""
                insert into audit_journal (occurred_at, kind, actor, actor_roles, actor_unit_id, action, entity_type,
                                           entity_id, summary, old_value, new_value)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), kind, cut(actor, 80), cut(roles, 200), unit, action, entityType,
                entityId == null ? null : cut(String.valueOf(entityId), 60), cut(summary, 500), toJson(oldValue),
                toJson(newValue));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { sealer.requestSeal(); }
            });
        }
    }

    /** Texts longer than their column are cut rather than failing the change they record. */
    private static String cut(String s, int max) { return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…"; }

    private String toJson(Map<String, ?> value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
