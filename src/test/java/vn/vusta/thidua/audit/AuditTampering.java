package vn.vusta.thidua.audit;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays a PostgreSQL superuser who switches the append-only triggers off (session_replication_role = replica) and
 * tampers with the trail; verification runs in the same transaction, which is then rolled back.
 */
final class AuditTampering {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditVerifier verifier;

    AuditTampering(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.verifier = verifier;
    }

    AuditVerification verifyAfter(Consumer<JdbcTemplate> tampering) {
        return tx.execute(status -> {
            jdbc.execute("set local session_replication_role = replica");
            tampering.accept(jdbc);
            var result = verifier.check();
            status.setRollbackOnly();
            return result;
        });
    }
}
