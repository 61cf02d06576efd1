package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The hash input is unambiguous (review S12) and the hash depends on the key. */
class ChainHashTests {
    static final SecretKeySpec KEY = new SecretKeySpec("k".repeat(32).getBytes(), "HmacSHA256");
    static final Instant AT = Instant.parse("2026-11-26T01:02:03.456789Z");

    static AuditEntry entry(String entityId, String summary) {
        return new AuditEntry(0, AT, AuditEntry.NAMED, "vanphong.demo", "OFFICE", null, "UNIT_UPDATED", "unit", entityId,
                summary, null, null, ChainHash.GENESIS, null, ChainHash.KEYED);
    }

    @Test
    void fieldsThatRunIntoEachOtherGiveDifferentHashes() {
        var a = entry("12", "Sửa\u001ftên");
        var b = entry("12\u001fSửa", "tên");
        // the first design joined the fields with U+001F: both entries had the same input
        assertThat(ChainHash.legacy(a.linked(1, ChainHash.GENESIS, null))).isEqualTo(ChainHash.legacy(b.linked(1, ChainHash.GENESIS, null)));
        assertThat(ChainHash.keyed(KEY, a, 1, ChainHash.GENESIS)).isNotEqualTo(ChainHash.keyed(KEY, b, 1, ChainHash.GENESIS));
        assertThat(ChainHash.keyed(KEY, entry(null, "x"), 1, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.keyed(KEY, entry("", "x"), 1, ChainHash.GENESIS));
    }

    @Test
    void withoutTheKeyNoOneComputesAMatchingHash() {
        var e = entry("12", "Sửa tên");
        String hash = ChainHash.keyed(KEY, e, 1, ChainHash.GENESIS);
        var other = new SecretKeySpec("x".repeat(32).getBytes(), "HmacSHA256");
        assertThat(ChainHash.matches(KEY, e.linked(1, ChainHash.GENESIS, hash))).isTrue();
        assertThat(ChainHash.matches(other, e.linked(1, ChainHash.GENESIS, hash))).isFalse();
    }
}
