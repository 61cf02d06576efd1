package vn.vusta.thidua.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * Throughput and latency of audited writes with many concurrent writers: not part of bin/test (the class name does
 * not end in "Tests"). Each business transaction records an audit entry, updates its writer's own row and spends
 * {@code work} ms on the rest of its work, then commits. It uses only {@code AuditTrail.record}, so the same file
 * measures the first design too (copy it onto a checkout of commit 58fe0e1). Run on PostgreSQL:
 * <pre>
 * SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/test_audit ./mvnw -q -ntp test -Dtest=AuditWriteBenchmark \
 *     -Dwriters=50 -Dseconds=20 -Dwork=2
 * </pre>
 * Results are printed and appended to target/audit-benchmark.txt.
 */
@IntegrationTest
class AuditWriteBenchmark {
    @Autowired AuditTrail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void concurrentAuditedWriters() throws Exception {
        int writers = Integer.getInteger("writers", 50);
        int seconds = Integer.getInteger("seconds", 20);
        int workMs = Integer.getInteger("work", 2);
        jdbc.execute("create table if not exists bench_row (id int primary key, n bigint not null)");
        jdbc.execute("delete from bench_row");
        for (int i = 0; i < writers; i++) jdbc.update("insert into bench_row (id, n) values (?, 0)", i);
        var tx = new TransactionTemplate(transactions);
        run(tx, writers, 3, workMs); // warm-up
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        var result = run(tx, writers, seconds, workMs);
        long drained = System.nanoTime();
        while (pending() > 0) Thread.sleep(5);
        double drainMs = (System.nanoTime() - drained) / 1e6;
        long sealed = jdbc.queryForObject("select count(*) from audit_entry", Long.class) - before;
        long[] lat = result.latenciesMicros();
        Arrays.sort(lat);
        String line = "%s writers=%d seconds=%d work=%dms pool=%s: %d writes, %.0f writes/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, sealed %d, sealing lag after last commit %.0f ms%n"
                .formatted(trail.getClass().getSimpleName(), writers, seconds, workMs,
                        System.getProperty("spring.datasource.hikari.maximum-pool-size", "default(10)"), lat.length,
                        lat.length / (result.elapsedNanos() / 1e9), pct(lat, 50), pct(lat, 95), pct(lat, 99), sealed, drainMs);
        System.out.print(line);
        Files.writeString(Path.of("target", "audit-benchmark.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        jdbc.execute("drop table bench_row");
    }

    private long pending() {
        Long journal = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name = 'audit_journal'", Long.class);
        return journal == 0 ? 0 : jdbc.queryForObject("select count(*) from audit_journal", Long.class);
    }

    private record Result(long[] latenciesMicros, long elapsedNanos) {}

    private Result run(TransactionTemplate tx, int writers, int seconds, int workMs) throws Exception {
        var pool = Executors.newFixedThreadPool(writers);
        var start = new CountDownLatch(1);
        long[] end = new long[1];
        var futures = new ArrayList<Future<List<Long>>>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            futures.add(pool.submit(() -> {
                var latencies = new ArrayList<Long>();
                start.await();
                while (System.nanoTime() < end[0]) {
                    long t0 = System.nanoTime();
                    tx.executeWithoutResult(s -> {
                        trail.record("BENCH_WRITE", "bench", id, "Ghi thử " + id, Map.of("n", 0), Map.of("n", 1));
                        jdbc.update("update bench_row set n = n + 1 where id = ?", id);
                        if (workMs > 0) sleep(workMs);
                    });
                    latencies.add((System.nanoTime() - t0) / 1000);
                }
                return latencies;
            }));
        }
        long t0 = System.nanoTime();
        end[0] = t0 + seconds * 1_000_000_000L;
        start.countDown();
        var all = new ArrayList<Long>();
        for (var f : futures) all.addAll(f.get());
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        return new Result(all.stream().mapToLong(Long::longValue).toArray(), elapsed);
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
