package vn.vusta.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One link of the audit chain. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
                         String summary, String oldValue, String newValue, String prevHash, String hash) {

    /** SHA-256 over the previous hash and every field of this entry. */
    String computeHash() {
        var text = String.join("\u001f", prevHash, Long.toString(seq),
                occurredAt.getEpochSecond() + "." + occurredAt.getNano() / 1000,
                actor, action, entityType, nz(entityId), nz(summary), nz(oldValue), nz(newValue));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nz(String s) { return s == null ? "\u0000" : s; }
}
