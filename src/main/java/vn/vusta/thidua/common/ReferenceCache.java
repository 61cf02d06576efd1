package vn.vusta.thidua.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reference data that changes a few times a year (the unit register, the cluster scheme and lineage) as the public
 * pages show it, kept in memory so that {@code /}, a cluster page and {@code /units} do not read it again on every
 * request (architecture.md: "may be cached with eviction on write").
 * <p>
 * <b>On the node that writes</b> every entry is dropped when a unit, a lineage link, a cluster or a membership is
 * written ({@link ReferenceChanges}: when the write is flushed and again when its transaction ends), so the next page
 * shows the change at once. A value read while such a write was under way is not kept.
 * <p>
 * <b>On other nodes</b> (several nodes behind a load balancer share one database) an entry lives at most
 * {@code thidua.cache.reference-ttl} (default 5 s): another node shows an edit at most that long after it. This was
 * chosen over reading a version stamp from the database on every request: a stamp costs a statement and a connection
 * per page (what the cache is there to save), and every writer in the two modules would have to remember to bump it;
 * a few seconds of delay on a second node is harmless for data that changes a few times a year. Ages are measured
 * with the monotonic {@link System#nanoTime()} (not the business {@code Clock}, which tests may stop).
 * <p>
 * A TTL of zero turns the cache off (the test suite runs so by default, because tests change data with plain SQL).
 */
@Component
public class ReferenceCache {
    /** More entries than this (say, many different searches) and the cache starts afresh. */
    static final int MAX_ENTRIES = 2_000;

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Object value, long generation, long loadedAt) {}

    public ReferenceCache(@Value("${thidua.cache.reference-ttl:5s}") Duration ttl) { this.ttlNanos = ttl.toNanos(); }

    /** The value under {@code key}, loaded by {@code loader} when missing, expired or written since. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        if (ttlNanos <= 0) return loader.get();
        long now = System.nanoTime();
        long current = generation.get();
        var entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.loadedAt() < ttlNanos) return (T) entry.value();
        T value = loader.get();
        if (value != null && generation.get() == current) {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            entries.put(key, new Entry(value, current, now));
        }
        return value;
    }

    /** Reference data was written: every entry read before is dropped. */
    public void changed() {
        generation.incrementAndGet();
        entries.clear();
    }
}
