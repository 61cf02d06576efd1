package vn.vusta.thidua.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two keys of the trail, both kept outside the database: the chain's HMAC key (property or key file) and the
 * Ed25519 key pair that signs checkpoints (key files). Missing key files are generated once, and the log says where.
 */
@Component
class AuditKeys {
    private static final Logger LOG = LoggerFactory.getLogger(AuditKeys.class);
    private final SecretKeySpec chainKey;
    private final KeyPair checkpointKeys;

    AuditKeys(AuditSettings settings) {
        String configured = settings.key() == null ? "" : settings.key().trim();
        byte[] secret = configured.isEmpty() ? fileKey(settings.keyDir().resolve("audit-chain.key")) : decode(configured);
        if (secret.length < 32) throw new IllegalStateException("thidua.audit.key must be at least 32 bytes (Base64)");
        this.chainKey = new SecretKeySpec(secret, "HmacSHA256");
        this.checkpointKeys = keyPair(settings.keyDir());
    }

    SecretKeySpec chainKey() { return chainKey; }

    PrivateKey checkpointSigningKey() { return checkpointKeys.getPrivate(); }

    PublicKey checkpointVerifyingKey() { return checkpointKeys.getPublic(); }

    private static byte[] fileKey(Path file) {
        try {
            if (!Files.exists(file)) {
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                write(file, Base64.getEncoder().encodeToString(bytes));
                LOG.warn("Generated the audit chain key in {} (outside the database). Keep a copy off this machine; "
                        + "without it the trail cannot be verified. THIDUA_AUDIT_KEY overrides it.", file.toAbsolutePath());
            }
            return decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
        }
    }

    private static KeyPair keyPair(Path dir) {
        Path priv = dir.resolve("audit-checkpoint-ed25519.key");
        Path pub = dir.resolve("audit-checkpoint-ed25519.pub");
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            if (!Files.exists(priv)) {
                var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                write(priv, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                write(pub, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                LOG.warn("Generated the audit checkpoint signing key pair in {}; give the office a copy of {}.",
                        dir.toAbsolutePath(), pub.getFileName());
            }
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(decode(Files.readString(pub).trim()))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readString(priv).trim()))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable checkpoint keys in " + dir, e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static byte[] decode(String base64) { return Base64.getDecoder().decode(base64); }
}
