package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReferenceCacheTests {
    final AtomicInteger loads = new AtomicInteger();

    String load() { return "value " + loads.incrementAndGet(); }

    @Test
    void aValueIsReadOnceUntilReferenceDataChanges() {
        var cache = new ReferenceCache(Duration.ofHours(1));
        assertThat(cache.get("k", this::load)).isEqualTo("value 1");
        assertThat(cache.get("k", this::load)).isEqualTo("value 1");
        assertThat(cache.get("other", this::load)).isEqualTo("value 2");
        cache.changed();
        assertThat(cache.get("k", this::load)).isEqualTo("value 3");
        assertThat(cache.get("other", this::load)).isEqualTo("value 4");
    }

    @Test
    void aValueReadWhileAWriteHappenedIsNotKept() {
        var cache = new ReferenceCache(Duration.ofHours(1));
        assertThat(cache.get("k", () -> { cache.changed(); return load(); })).isEqualTo("value 1");
        assertThat(cache.get("k", this::load)).isEqualTo("value 2");
        assertThat(cache.get("k", this::load)).isEqualTo("value 2");
    }

    @Test
    void entriesExpireSoThatAnotherNodeSeesEditsMadeElsewhere() throws InterruptedException {
        var cache = new ReferenceCache(Duration.ofMillis(1));
        assertThat(cache.get("k", this::load)).isEqualTo("value 1");
        Thread.sleep(5);
        assertThat(cache.get("k", this::load)).isEqualTo("value 2");
    }

    @Test
    void aTtlOfZeroTurnsTheCacheOff() {
        var cache = new ReferenceCache(Duration.ZERO);
        assertThat(cache.get("k", this::load)).isEqualTo("value 1");
        assertThat(cache.get("k", this::load)).isEqualTo("value 2");
    }

    @Test
    void manyDifferentKeysDoNotGrowTheCacheWithoutBound() {
        var cache = new ReferenceCache(Duration.ofHours(1));
        for (int i = 0; i <= ReferenceCache.MAX_ENTRIES; i++) cache.get(i, this::load);
        assertThat(cache.get(0, this::load)).isEqualTo("value " + (ReferenceCache.MAX_ENTRIES + 2));
    }
}
