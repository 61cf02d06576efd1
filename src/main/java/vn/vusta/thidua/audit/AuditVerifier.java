package vn.vusta.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the whole sealed chain against the key and the signed checkpoints, reporting every break, and records
 * each run in the trail itself (who, when, result, the checkpoint checked against).
 */
@Service
public class AuditVerifier {
    private final ChainReader reader;
    private final AuditCheckpoints checkpoints;
    private final AuditTrail trail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditVerifier(ChainReader reader, AuditCheckpoints checkpoints, AuditTrail trail, JdbcTemplate jdbc,
                  PlatformTransactionManager transactions, Clock clock) {
        this.reader = reader;
        this.checkpoints = checkpoints;
        this.trail = trail;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Verifies and records the run (in a transaction of its own, so the record stays whatever the caller does). */
    public AuditVerification verify() {
        var result = check();
        ownTransaction.executeWithoutResult(s -> trail.record("AUDIT_VERIFIED", "audit-chain", result.lastSeq(),
                summary(result), null, details(result)));
        return result;
    }

    /** Verifies without recording (for tests and internal checks). */
    AuditVerification check() {
        var all = checkpoints.all();
        var valid = all.stream().filter(checkpoints::verifies).toList();
        var walk = reader.walk(valid, 0, ChainHash.GENESIS, true);
        all.stream().filter(c -> !checkpoints.verifies(c)).forEach(c -> walk.signatureBroken(c.seq()));
        long pending = jdbc.queryForObject("select count(*) from audit_journal", Long.class);
        return new AuditVerification(walk.breakCount() == 0, Instant.now(clock), walk.checked(), walk.lastSeq(), pending,
                valid.isEmpty() ? null : valid.getLast().seq(), valid.size(), walk.breakCount(), walk.breaks());
    }

    private static String summary(AuditVerification v) {
        String anchor = v.checkpointSeq() == null ? "chưa có điểm neo" : "đối chiếu điểm neo mục " + v.checkpointSeq();
        return v.intact()
                ? "Kiểm tra chuỗi nhật ký: toàn vẹn, " + v.checkedEntries() + " mục, " + anchor
                : "Kiểm tra chuỗi nhật ký: phát hiện " + v.breakCount() + " chỗ hỏng, " + v.checkedEntries() + " mục, " + anchor;
    }

    private static Map<String, Object> details(AuditVerification v) {
        var map = new LinkedHashMap<String, Object>();
        map.put("intact", v.intact());
        map.put("checkedEntries", v.checkedEntries());
        map.put("lastSeq", v.lastSeq());
        map.put("pendingEntries", v.pendingEntries());
        map.put("checkpointSeq", v.checkpointSeq());
        map.put("breakCount", v.breakCount());
        map.put("breaks", v.breaks().stream().limit(20).map(b -> b.reason() + "@" + b.seq()
                + (b.toSeq() != b.seq() ? "-" + b.toSeq() : "")).toList());
        return map;
    }
}
