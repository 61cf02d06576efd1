package vn.vusta.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the sealed chain through a {@link ChainWalk} (a cursor with a fetch size inside a read-only transaction,
 * so the table is never loaded into memory: review S13).
 */
@Component
class ChainReader {
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final AuditKeys keys;

    ChainReader(DataSource dataSource, PlatformTransactionManager transactions, AuditKeys keys) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.keys = keys;
    }

    /** Walks the entries after {@code fromSeq}; with {@code checkHead}, also the stored chain head. */
    ChainWalk walk(List<Checkpoint> validCheckpoints, long fromSeq, String fromHash, boolean checkHead) {
        var walk = new ChainWalk(keys.chainKey(), validCheckpoints, fromSeq, fromHash);
        readOnly.executeWithoutResult(status -> {
            if (checkHead) {
                streaming.query("select last_seq, last_hash from audit_chain_head where id = 1",
                        rs -> { walk.head(rs.getLong("last_seq"), rs.getString("last_hash")); });
            }
            streaming.query("select * from audit_entry where seq > ? order by seq", rs -> { walk.accept(entry(rs)); }, fromSeq);
        });
        walk.finish();
        return walk;
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"), rs.getString("actor"), rs.getString("actor_roles"),
                rs.getObject("actor_unit_id", Long.class), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getInt("scheme"));
    }
}
