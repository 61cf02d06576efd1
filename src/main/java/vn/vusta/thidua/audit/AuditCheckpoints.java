package vn.vusta.thidua.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes and reads the signed checkpoints of the chain head, one file per checkpoint in the configured directory
 * (named by seq, so two nodes writing the same checkpoint write the same file). A checkpoint is only signed for a
 * chain that verifies from the previous checkpoint on, so tampering is never anchored.
 */
@Component
public class AuditCheckpoints {
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private final JdbcTemplate jdbc;
    private final AuditKeys keys;
    private final AuditSettings settings;
    private final ObjectMapper json;
    private final ChainReader reader;
    private final Clock clock;

    AuditCheckpoints(JdbcTemplate jdbc, AuditKeys keys, AuditSettings settings, ObjectMapper json, ChainReader reader,
                     Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.settings = settings;
        this.json = json;
        this.reader = reader;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${thidua.audit.checkpoint-interval:PT1H}",
            fixedDelayString = "${thidua.audit.checkpoint-interval:PT1H}")
    void periodic() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.error("Could not write an audit checkpoint: {}", e.getMessage());
        }
    }

    /**
     * Signs and writes a checkpoint of the newest sealed entry (none when the chain is empty or already checkpointed).
     * Refuses, with an exception, when the chain since the last checkpoint does not verify.
     */
    public Optional<Checkpoint> write() {
        var valid = valid();
        var last = valid.isEmpty() ? null : valid.getLast();
        var walk = reader.walk(valid, last == null ? 0 : last.seq(), last == null ? ChainHash.GENESIS : last.hash(), false);
        if (walk.breakCount() > 0) {
            throw new IllegalStateException("audit chain broken since the last checkpoint: " + walk.breaks());
        }
        if (walk.lastSeq() == 0 || (last != null && walk.lastSeq() == last.seq())) return Optional.empty();
        Path file = file(walk.lastSeq());
        if (Files.exists(file)) return Optional.of(read(file));
        long legacy = jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry where scheme = 1", Long.class);
        var unsigned = new Checkpoint(walk.lastSeq(), walk.lastHash(), legacy,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), null);
        var signed = new Checkpoint(unsigned.seq(), unsigned.hash(), legacy, unsigned.createdAt(), sign(unsigned));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".checkpoint", ".tmp");
            Files.writeString(temp, json.writerWithDefaultPrettyPrinter().writeValueAsString(signed));
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint " + file, e);
        }
        LOG.info("Audit checkpoint written: entry {} in {}", signed.seq(), file.toAbsolutePath());
        return Optional.of(signed);
    }

    /** Every checkpoint file with a valid signature, oldest first. */
    List<Checkpoint> valid() {
        return all().stream().filter(this::verifies).toList();
    }

    /** Every checkpoint file, readable or not signed by our key, oldest first. */
    List<Checkpoint> all() {
        var dir = settings.checkpointDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (var files = Files.list(dir)) {
            var result = new ArrayList<Checkpoint>();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("audit-checkpoint-\\d+\\.json")).toList()) {
                result.add(read(f));
            }
            result.sort(Comparator.comparingLong(Checkpoint::seq));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints in " + dir, e);
        }
    }

    boolean verifies(Checkpoint c) {
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.checkpointVerifyingKey());
            verifier.update(c.signedText());
            return c.signature() != null && verifier.verify(Base64.getDecoder().decode(c.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private String sign(Checkpoint c) {
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.checkpointSigningKey());
            signer.update(c.signedText());
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unreadable file counts as a checkpoint with no valid signature, so verification reports it. */
    private Checkpoint read(Path file) {
        try {
            return json.readValue(Files.readString(file), Checkpoint.class);
        } catch (IOException | tools.jackson.core.JacksonException e) {
            LOG.error("Unreadable audit checkpoint {}: {}", file, e.getMessage());
            return new Checkpoint(0, "", 0, "", null);
        }
    }

    private Path file(long seq) {
        return settings.checkpointDir().resolve("audit-checkpoint-%012d.json".formatted(seq));
    }
}
