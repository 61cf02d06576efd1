package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation upgraded from the first design keeps its unkeyed entries verifiable; the keyed chain continues from
 * them, and an edit of an old entry is still reported.
 */
class AuditUpgradeTests {

    @Test
    void firstDesignEntriesStayVerifiableAndTheKeyedChainContinuesFromThem() throws Exception {
        String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        var dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
        String schema = "v5_audit_upgrade_check";
        var config = Flyway.configure().dataSource(dataSource).schemas(schema).cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
        config.load().clean();
        config.target("4").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("set search_path to " + schema);
        String prev = ChainHash.GENESIS;
        for (long seq = 1; seq <= 3; seq++) {
            var at = Instant.parse("2026-10-0" + seq + "T03:00:00.123456Z");
            var e = new AuditEntry(seq, at, AuditEntry.NAMED, "admin", null, null, "UNIT_UPDATED", "unit", "7",
                    "Sửa thông tin " + seq, "{\"a\":" + seq + "}", "{\"a\":" + (seq + 1) + "}", prev, null, ChainHash.LEGACY);
            String hash = ChainHash.legacy(e);
            jdbc.update("""
                    insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, summary, old_value,
                        new_value, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq,
                    OffsetDateTime.ofInstant(at, ZoneOffset.UTC), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.summary(), e.oldValue(), e.newValue(), prev, hash);
            jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
            prev = hash;
        }
        config.target("latest").load().migrate();
        jdbc.execute("set search_path to " + schema);

        var dir = Files.createTempDirectory("audit-upgrade");
        var keys = new AuditKeys(new AuditSettings(Base64.getEncoder().encodeToString(new byte[32]), dir, dir,
                Duration.ofHours(1), Duration.ofSeconds(5)));
        var transactions = new DataSourceTransactionManager(dataSource);
        new TransactionTemplate(transactions).executeWithoutResult(s -> jdbc.update("""
                insert into audit_journal (occurred_at, kind, actor, action, entity_type, summary)
                values (current_timestamp, 'NAMED', 'admin', 'TEST', 'test', 'sau nâng cấp')"""));
        assertThat(new AuditSealer(jdbc, transactions, keys).sealNow()).isOne();
        var reader = new ChainReader(dataSource, transactions, keys);

        var walk = reader.walk(List.of(), 0, ChainHash.GENESIS, true);
        assertThat(walk.breaks()).isEmpty();
        assertThat(walk.lastSeq()).isEqualTo(4);
        assertThat(jdbc.queryForList("select scheme from audit_entry order by seq", Integer.class)).containsExactly(1, 1, 1, 2);

        jdbc.execute("set session_replication_role = replica");
        jdbc.update("update audit_entry set summary = 'sửa lén' where seq = 2");
        assertThat(reader.walk(List.of(), 0, ChainHash.GENESIS, true).breaks()).containsExactly(AuditBreak.at(2, "content"));
        jdbc.execute("set session_replication_role = origin");
        config.load().clean();
        dataSource.destroy();
    }
}
