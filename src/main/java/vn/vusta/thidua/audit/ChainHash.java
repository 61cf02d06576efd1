package vn.vusta.thidua.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of a link. Scheme 2: HMAC-SHA256 (key outside the database) over a length-prefixed encoding of the
 * previous hash and every field, so no two different entries share an input (review S12). Scheme 1 is the first
 * design's unkeyed SHA-256, kept only to verify entries written before the key existed.
 */
final class ChainHash {
    static final int LEGACY = 1;
    static final int KEYED = 2;
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String keyed(SecretKeySpec key, AuditEntry e, long seq, String prevHash) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input(e, seq, prevHash)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static boolean matches(SecretKeySpec key, AuditEntry e) {
        String expected = e.scheme() == LEGACY ? legacy(e) : keyed(key, e, e.seq(), e.prevHash());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                e.hash().getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] input(AuditEntry e, long seq, String prevHash) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(KEYED);
            field(out, prevHash);
            out.writeLong(seq);
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt()));
            for (String f : new String[] {e.kind(), e.actor(), e.actorRoles(),
                    e.actorUnitId() == null ? null : e.actorUnitId().toString(), e.action(), e.entityType(),
                    e.entityId(), e.summary(), e.oldValue(), e.newValue()}) {
                field(out, f);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** The first design's hash (fields joined with U+001F), for entries of scheme 1 only. */
    static String legacy(AuditEntry e) {
        var at = e.occurredAt();
        var text = String.join("\u001f", e.prevHash(), Long.toString(e.seq()), at.getEpochSecond() + "." + at.getNano() / 1000,
                nz(e.actor()), e.action(), e.entityType(), nz(e.entityId()), nz(e.summary()), nz(e.oldValue()),
                nz(e.newValue()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String nz(String s) { return s == null ? "\u0000" : s; }
}
