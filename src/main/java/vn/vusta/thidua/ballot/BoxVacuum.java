package vn.vusta.thidua.ballot;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a ballot's closing commits, on PostgreSQL: {@code VACUUM FULL ballot_box, ballot_voter} on a connection of its
 * own (VACUUM cannot run in a transaction), so that the dead row versions written while the ballot was open (with
 * the casting transactions' ids and the casting order) leave the table files; indexes are rebuilt with them. Skipped
 * on H2. If the lock cannot be had in time it is retried every few minutes.
 */
@Component
class BoxVacuum {
    private static final Logger log = LoggerFactory.getLogger(BoxVacuum.class);
    private final DataSource dataSource;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Boolean postgres;

    BoxVacuum(DataSource dataSource) { this.dataSource = dataSource; }

    /** Runs after the current transaction commits (at once without one). */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { run(); }
            });
        } else {
            run();
        }
    }

    void run() {
        try (var connection = dataSource.getConnection()) {
            if (postgres == null) postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (!postgres) return;
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("set lock_timeout = '10s'");
                try {
                    statement.execute("vacuum full ballot_box, ballot_voter");
                } finally {
                    statement.execute("reset lock_timeout");
                }
            }
        } catch (SQLException e) {
            pending.set(true);
            log.warn("VACUUM FULL of the ballot box failed, retrying later: {}", e.getMessage());
        }
    }

    @Scheduled(initialDelayString = "${thidua.ballot.vacuum-retry:PT5M}", fixedDelayString = "${thidua.ballot.vacuum-retry:PT5M}")
    void retry() {
        if (pending.getAndSet(false)) run();
    }
}
