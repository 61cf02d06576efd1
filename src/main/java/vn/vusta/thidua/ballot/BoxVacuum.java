package vn.vusta.thidua.ballot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a ballot's closing commits, on PostgreSQL: {@code VACUUM FULL} of {@code ballot_box} and {@code ballot_voter}
 * on a connection of its own (VACUUM cannot run in a transaction), so that the row versions written while the ballot
 * was open (with the casting transactions' ids and the casting order) leave the table files; the indexes are rebuilt
 * with them. A row version another transaction's snapshot may still see is kept by PostgreSQL ("nonremovable"): the
 * vacuum is then repeated a few times over some seconds, and later every few minutes, until each table holds only its
 * live rows. Skipped on H2.
 */
@Component
class BoxVacuum {
    private static final Logger log = LoggerFactory.getLogger(BoxVacuum.class);
    private static final Pattern FOUND = Pattern.compile("\"public\\.(ballot_box|ballot_voter)\": found \\d+ removable, (\\d+) nonremovable");
    private static final long[] WAITS_MS = {0, 100, 300, 700, 1500, 3000};
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

    /** Vacuums until no dead row version is left (true), or gives up for now and leaves it to {@link #retry} (false). */
    boolean run() {
        try (var connection = dataSource.getConnection()) {
            if (postgres == null) postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (!postgres) return true;
            connection.setAutoCommit(true);
            for (long wait : WAITS_MS) {
                if (wait > 0) Thread.sleep(wait);
                if (vacuum(connection)) {
                    pending.set(false);
                    return true;
                }
            }
            log.info("VACUUM FULL of the ballot tables left row versions another transaction may still see; retrying later");
        } catch (SQLException e) {
            log.warn("VACUUM FULL of the ballot tables failed, retrying later: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pending.set(true);
        return false;
    }

    /** One VACUUM FULL; true when each table's kept row versions are exactly its live rows. */
    private static boolean vacuum(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            try {
                statement.execute("vacuum (full, verbose) ballot_box, ballot_voter");
                var kept = new java.util.HashMap<String, Long>();
                for (var w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                    var m = FOUND.matcher(String.valueOf(w.getMessage()));
                    if (m.find()) kept.put(m.group(1), Long.parseLong(m.group(2)));
                }
                if (kept.size() < 2) return true; // messages in another language: one run is all we can do
                for (var table : kept.keySet()) {
                    try (var rs = statement.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        if (rs.getLong(1) != kept.get(table)) return false;
                    }
                }
                return true;
            } finally {
                statement.execute("reset lock_timeout");
            }
        }
    }

    @Scheduled(initialDelayString = "${thidua.ballot.vacuum-retry:PT5M}", fixedDelayString = "${thidua.ballot.vacuum-retry:PT5M}")
    void retry() {
        if (pending.get()) run();
    }
}
