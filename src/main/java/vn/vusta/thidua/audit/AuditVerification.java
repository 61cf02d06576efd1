package vn.vusta.thidua.audit;

import java.time.Instant;
import java.util.List;

/**
 * Result of walking the whole sealed chain and comparing it with the signed checkpoints. {@code breaks} lists every
 * break found (up to {@link ChainWalk#MAX_LISTED}; {@code breakCount} counts them all). {@code pendingEntries} are
 * committed but not yet sealed, so not yet covered by the chain. {@code checkpointSeq} is the newest valid
 * checkpoint checked against (null: none exists yet, so a cut tail or an emptied table cannot be detected).
 */
public record AuditVerification(boolean intact, Instant checkedAt, long checkedEntries, long lastSeq,
                                long pendingEntries, Long checkpointSeq, int checkpoints, long breakCount,
                                List<AuditBreak> breaks) {}
