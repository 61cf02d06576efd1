package vn.vusta.thidua.audit;

import java.nio.charset.StandardCharsets;

/**
 * A signed statement "the chain had reached entry {@code seq} with hash {@code hash} at {@code createdAt}", kept
 * as a file outside the database. {@code legacyThrough} is the last entry of the first, unkeyed design (0: none).
 * {@code signature} is Ed25519 over {@link #signedText()}, Base64.
 */
public record Checkpoint(long seq, String hash, long legacyThrough, String createdAt, String signature) {
    byte[] signedText() {
        return String.join("\n", "thidua-audit-checkpoint-v1", Long.toString(seq), hash, Long.toString(legacyThrough),
                createdAt).getBytes(StandardCharsets.UTF_8);
    }
}
