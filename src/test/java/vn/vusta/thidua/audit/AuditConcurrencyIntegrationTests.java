package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.IntegrationTest;

/** Writers in separate transactions never wait for each other, and the sealer still builds one unbroken chain. */
@IntegrationTest
class AuditConcurrencyIntegrationTests {
    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditKeys keys;

    @Test
    void twentyConcurrentWritersGiveOneUnbrokenChainWithoutLossAndWithoutRolledBackEntries() throws Exception {
        // besides this node's sealer (after each commit), two more sealers play two other application nodes
        var otherNodes = new java.util.concurrent.atomic.AtomicBoolean(true);
        var nodes = new ArrayList<Thread>();
        for (int n = 0; n < 2; n++) {
            var node = new AuditSealer(jdbc, transactions, keys);
            nodes.add(Thread.ofPlatform().start(() -> { while (otherNodes.get()) node.sealNow(); }));
        }
        var tx = new TransactionTemplate(transactions);
        int threads = 20, perThread = 10;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var results = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    String id = thread + "-" + i;
                    boolean rollBack = i % 5 == 4;
                    try {
                        tx.executeWithoutResult(s -> {
                            trail.record("TEST_CONCURRENT", "test", id, "ghi song song " + id, null, Map.of("n", id));
                            if (rollBack) throw new IllegalStateException("rolled back");
                        });
                    } catch (IllegalStateException expected) {
                        // the change and its audit entry are gone together
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (var r : results) r.get();
        pool.shutdown();
        otherNodes.set(false);
        for (var node : nodes) node.join();
        sealer.sealNow();

        var ids = jdbc.queryForList("select entity_id from audit_entry where action = 'TEST_CONCURRENT'", String.class);
        assertThat(ids).hasSize(threads * perThread * 4 / 5).doesNotHaveDuplicates()
                .noneMatch(id -> id.endsWith("-4") || id.endsWith("-9"));
        assertThat(jdbc.queryForObject("select count(*) from audit_journal", Long.class)).isZero();
        var verification = verifier.check();
        assertThat(verification.breaks()).isEmpty();
        assertThat(verification.intact()).isTrue();
    }

    @Test
    void aCommittedEntryIsSealedPromptlyWithoutAnyoneAsking() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                trail.record("TEST_PROMPT", "test", 1, "niêm phong ngay", null, null));
        var deadline = Instant.now().plus(Duration.ofSeconds(3));
        long sealed = 0;
        while (sealed == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            sealed = jdbc.queryForObject("select count(*) from audit_entry where action = 'TEST_PROMPT'", Long.class);
        }
        assertThat(sealed).isOne();
    }
}
