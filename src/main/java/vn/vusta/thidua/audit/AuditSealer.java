package vn.vusta.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed journal entries, in order, into the sealed trail. Only sealing holds the chain head's row lock,
 * for one batch at a time, so any number of application nodes may seal: they simply take turns. Runs after each
 * commit that recorded an entry (coalesced) and on a schedule to catch up (e.g. after a crash).
 */
@Component
public class AuditSealer implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    static final int BATCH = 500;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKeys keys;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("audit-sealer").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
    }

    /** Asks for sealing soon, off the caller's thread; many requests while one is queued count as one. */
    void requestSeal() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                sealQuietly();
            });
        }
    }

    @Scheduled(fixedDelayString = "${thidua.audit.seal-interval:PT5S}")
    void catchUp() { sealQuietly(); }

    /** Seals every journal entry committed so far, now, on the caller's thread; returns how many. */
    public int sealNow() {
        int total = 0;
        for (int n; (n = sealBatch()) > 0; ) total += n;
        return total;
    }

    private void sealQuietly() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            LOG.warn("Sealing audit entries failed; will retry: {}", e.toString());
        }
    }

    private int sealBatch() {
        Integer sealed = tx.execute(status -> {
            var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
            long seq = ((Number) head.get("last_seq")).longValue();
            String prev = (String) head.get("last_hash");
            var pending = jdbc.query("select * from audit_journal order by id limit " + BATCH, AuditSealer::pending);
            if (pending.isEmpty()) return 0;
            var rows = new ArrayList<Object[]>(pending.size());
            var ids = new ArrayList<Object[]>(pending.size());
            for (var p : pending) {
                seq++;
                String hash = ChainHash.keyed(keys.chainKey(), p.entry(), seq, prev);
                var e = p.entry().linked(seq, prev, hash);
                rows.add(new Object[] {e.seq(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.kind(),
                        e.actor(), e.actorRoles(), e.actorUnitId(), e.action(), e.entityType(), e.entityId(),
                        e.summary(), e.oldValue(), e.newValue(), e.prevHash(), e.hash(), e.scheme()});
                ids.add(new Object[] {p.id()});
                prev = hash;
            }
            jdbc.batchUpdate("""
                    insert into audit_entry (seq, occurred_at, kind, actor, actor_roles, actor_unit_id, action,
                        entity_type, entity_id, summary, old_value, new_value, prev_hash, hash, scheme)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.batchUpdate("delete from audit_journal where id = ?", ids);
            jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
            return pending.size();
        });
        return sealed == null ? 0 : sealed;
    }

    private record Pending(long id, AuditEntry entry) {}

    private static Pending pending(ResultSet rs, int row) throws SQLException {
        return new Pending(rs.getLong("id"), new AuditEntry(0, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"), rs.getString("actor"), rs.getString("actor_roles"), rs.getObject("actor_unit_id", Long.class),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("old_value"), rs.getString("new_value"), null, null, ChainHash.KEYED));
    }

    @Override
    public void destroy() { worker.shutdownNow(); }
}
