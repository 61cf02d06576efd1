package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The keyed, append-only, anchored chain on PostgreSQL: what a database administrator could do to the first design
 * unseen (rewrite and re-hash, cut the tail, empty the table) is now refused by the database or reported, every
 * break of it. Entries are committed for real; each tampering is rolled back.
 */
@IntegrationTest
class AuditIntegrationTests {
    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired AuditSettings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    TransactionTemplate tx;
    AuditTampering dba;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        dba = new AuditTampering(jdbc, transactions, verifier);
    }

    /** Records {@code n} entries in one committed transaction, seals them and returns the last seq. */
    long append(int n) {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < n; i++) trail.record("TEST", "test", i, "mục thử " + i, Map.of("a", i), Map.of("a", i + 1));
        });
        sealer.sealNow();
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    @Test
    void anUntouchedChainVerifiesAndEachRunIsRecorded() throws Exception {
        long last = append(3);
        var result = verifier.check();
        assertThat(result.intact()).isTrue();
        assertThat(result.breaks()).isEmpty();
        assertThat(result.lastSeq()).isEqualTo(last);
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("vanphong.demo", "demo-2026!")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.breakCount").value(0));
        sealer.sealNow();
        var run = jdbc.queryForMap("select * from audit_entry where action = 'AUDIT_VERIFIED' order by seq desc limit 1");
        assertThat(run.get("actor")).isEqualTo("vanphong.demo");
        assertThat(run.get("actor_roles")).isEqualTo("OFFICE");
        assertThat((String) run.get("new_value")).contains("\"intact\":true", "\"lastSeq\":" + last);
        assertThat(verifier.check().intact()).isTrue();
    }

    @Test
    void anEntryRewrittenAndReHashedWithoutTheKeyIsReportedEntryByEntry() {
        long last = append(4);
        long k = last - 2;
        var forger = new SecretKeySpec("not the key, 32 bytes long......".getBytes(), "HmacSHA256");
        var result = dba.verifyAfter(sql -> rehashFrom(sql, k, forger));
        assertThat(result.intact()).isFalse();
        assertThat(result.breaks()).containsExactly(AuditBreak.at(k, "content"), AuditBreak.at(k + 1, "content"),
                AuditBreak.at(k + 2, "content"));
    }

    @Test
    void reHashingWithTheFirstDesignsUnkeyedHashIsReportedToo() {
        long last = append(2);
        var result = dba.verifyAfter(sql -> {
            var e = entry(sql, last);
            var forged = new AuditEntry(e.seq(), e.occurredAt(), e.kind(), "ai-do", e.actorRoles(), e.actorUnitId(),
                    e.action(), e.entityType(), e.entityId(), e.summary(), e.oldValue(), e.newValue(), e.prevHash(), null, 1);
            String hash = ChainHash.legacy(forged);
            sql.update("update audit_entry set actor = 'ai-do', scheme = 1, hash = ? where seq = ?", hash, last);
            sql.update("update audit_chain_head set last_hash = ? where id = 1", hash);
        });
        assertThat(result.breaks()).containsExactly(AuditBreak.at(last, "legacy"));
    }

    @Test
    void everyBreakIsReportedNotOnlyTheFirst() {
        long last = append(5);
        var result = dba.verifyAfter(sql -> {
            sql.update("update audit_entry set summary = 'sửa lén' where seq = ?", last - 3);
            sql.update("delete from audit_entry where seq = ?", last - 1);
        });
        assertThat(result.breaks()).containsExactly(AuditBreak.at(last - 3, "content"),
                AuditBreak.at(last - 1, "missing"), AuditBreak.at(last, "link"));
        assertThat(result.breakCount()).isEqualTo(3);
    }

    @Test
    void aCutTailWithTheHeadResetIsDetectedThroughTheCheckpoint() {
        long last = append(3);
        assertThat(checkpoints.write()).get().extracting(Checkpoint::seq).isEqualTo(last);
        var result = dba.verifyAfter(sql -> {
            String kept = sql.queryForObject("select hash from audit_entry where seq = ?", String.class, last - 2);
            sql.update("delete from audit_entry where seq > ?", last - 2);
            sql.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last - 2, kept);
        });
        assertThat(result.checkpointSeq()).isEqualTo(last);
        assertThat(result.breaks()).containsExactly(new AuditBreak(last - 1, last, "truncated"));
    }

    @Test
    void anEmptiedTableIsDetectedThroughTheCheckpoint() {
        long last = append(1);
        checkpoints.write();
        var result = dba.verifyAfter(sql -> {
            sql.update("delete from audit_entry");
            sql.update("update audit_chain_head set last_seq = 0, last_hash = ? where id = 1", ChainHash.GENESIS);
        });
        assertThat(result.checkedEntries()).isZero();
        assertThat(result.breaks()).containsExactly(new AuditBreak(1, last, "truncated"));
    }

    @Test
    void aForgedCheckpointFileIsReportedAndNotTrusted() throws Exception {
        long last = append(1);
        checkpoints.write();
        var file = java.nio.file.Files.list(settings.checkpointDir())
                .filter(f -> f.getFileName().toString().equals("audit-checkpoint-%012d.json".formatted(last))).findFirst().orElseThrow();
        String signed = java.nio.file.Files.readString(file);
        try {
            java.nio.file.Files.writeString(file, signed.replaceAll("\"hash\" : \"[0-9a-f]+\"", "\"hash\" : \"" + "1".repeat(64) + "\""));
            var result = verifier.check();
            assertThat(result.breaks()).containsExactly(AuditBreak.at(last, "signature"));
        } finally {
            java.nio.file.Files.writeString(file, signed);
        }
        assertThat(verifier.check().intact()).isTrue();
    }

    @Test
    void aCheckpointIsNotSignedOverATamperedChain() {
        append(1);
        checkpoints.write();
        long last = append(1);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update audit_entry set summary = 'sửa lén' where seq = ?", last);
            checkpoints.write();
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncateOnTheSealedTrail() {
        long last = append(1);
        for (String sql : List.of("update audit_entry set summary = 'x' where seq = " + last,
                "delete from audit_entry where seq = " + last, "truncate audit_entry cascade",
                PENDING + "; update audit_journal set summary = 'x'", "truncate audit_journal")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> List.of(sql.split("; ")).forEach(jdbc::execute)))
                    .as(sql).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where seq = ?", Long.class, last)).isOne();
        assertThat(verifier.check().intact()).isTrue();
    }

    @Test
    void anAnonymousEntryNamesNobodyAndKeepsOnlyTheDay() {
        tx.executeWithoutResult(s -> trail.recordAnonymous("TEST_BALLOT_CLOSED", "test-ballot", 7, "Đóng hòm phiếu thử",
                Map.of("ballots", 12)));
        sealer.sealNow();
        var e = jdbc.queryForMap("select * from audit_entry where action = 'TEST_BALLOT_CLOSED'");
        assertThat(e.get("kind")).isEqualTo("ANONYMOUS");
        assertThat(e.get("actor")).isNull();
        assertThat(e.get("actor_roles")).isNull();
        var at = ((java.time.OffsetDateTime) jdbc.queryForObject(
                "select occurred_at from audit_entry where action = 'TEST_BALLOT_CLOSED'", java.time.OffsetDateTime.class))
                .atZoneSameInstant(vn.vusta.thidua.common.TimeConfig.VIETNAM);
        assertThat(at.toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(verifier.check().intact()).isTrue();
    }

    static final String PENDING = """
            insert into audit_journal (occurred_at, kind, actor, action, entity_type, summary)
            values (current_timestamp, 'NAMED', 'ai-do', 'TEST', 'test', 'chưa niêm phong')""";

    /** What a forger without the key does: rewrites entry k and re-chains k.. with a key of his own, head too. */
    private static void rehashFrom(JdbcTemplate sql, long k, SecretKeySpec forgerKey) {
        String prev = sql.queryForObject("select prev_hash from audit_entry where seq = ?", String.class, k);
        long last = sql.queryForObject("select max(seq) from audit_entry", Long.class);
        sql.update("update audit_entry set summary = 'sửa lén' where seq = ?", k);
        for (long s = k; s <= last; s++) {
            var e = entry(sql, s);
            String hash = ChainHash.keyed(forgerKey, e, s, prev);
            sql.update("update audit_entry set prev_hash = ?, hash = ? where seq = ?", prev, hash, s);
            prev = hash;
        }
        sql.update("update audit_chain_head set last_hash = ? where id = 1", prev);
    }

    private static AuditEntry entry(JdbcTemplate sql, long seq) {
        return sql.queryForObject("select * from audit_entry where seq = ?", (rs, i) -> ChainReader.entry(rs), seq);
    }
}
