package vn.vusta.thidua.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit keys and checkpoints live (all outside the database).
 *
 * @param key           the chain's HMAC key, Base64 (THIDUA_AUDIT_KEY); blank: read or create {@code keyDir/audit-chain.key}
 * @param keyDir        directory of generated keys (chain key, checkpoint signing key pair)
 * @param checkpointDir where signed checkpoints are written, the place the office keeps (and copies) them
 * @param checkpointInterval how often a checkpoint of the chain head is written (when the head moved)
 * @param sealInterval  how often the sealer catches up with committed journal entries (it also runs after each commit)
 */
@ConfigurationProperties("thidua.audit")
record AuditSettings(String key, @DefaultValue("data/keys") Path keyDir,
                     @DefaultValue("data/audit-checkpoints") Path checkpointDir,
                     @DefaultValue("PT1H") Duration checkpointInterval,
                     @DefaultValue("PT5S") Duration sealInterval) {}
