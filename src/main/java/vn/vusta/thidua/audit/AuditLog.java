package vn.vusta.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and verifies the audit chain. */
@Service
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit, String entityType, String entityId) {
        var sql = new StringBuilder("select * from audit_entry where 1 = 1");
        var args = new java.util.ArrayList<Object>();
        if (entityType != null && !entityType.isBlank()) { sql.append(" and entity_type = ?"); args.add(entityType); }
        if (entityId != null && !entityId.isBlank()) { sql.append(" and entity_id = ?"); args.add(entityId); }
        sql.append(" order by seq desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), AuditLog::map, args.toArray());
    }

    /** Walks the whole chain in order; stops at the first entry whose link or content does not match. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        String headHash = (String) head.get("last_hash");
        var state = new long[] {0};
        var prev = new String[] {GENESIS};
        var failure = new AuditVerification[1];
        jdbc.query("select * from audit_entry order by seq", rs -> {
            if (failure[0] != null) return;
            var e = map(rs, 0);
            long expected = state[0] + 1;
            if (e.seq() != expected) {
                failure[0] = AuditVerification.broken(state[0], expected, "missing");
            } else if (!e.prevHash().equals(prev[0])) {
                failure[0] = AuditVerification.broken(state[0], e.seq(), "link");
            } else if (!e.computeHash().equals(e.hash())) {
                failure[0] = AuditVerification.broken(state[0], e.seq(), "content");
            } else {
                state[0] = e.seq();
                prev[0] = e.hash();
            }
        });
        if (failure[0] != null) return failure[0];
        if (state[0] != headSeq || !prev[0].equals(headHash)) {
            return AuditVerification.broken(state[0], state[0] + 1, "missing");
        }
        return AuditVerification.ok(state[0]);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
