package vn.vusta.thidua.audit;

/**
 * One place where the trail does not hold: entries {@code seq}..{@code toSeq} (one entry when equal) and why:
 * {@code missing} (deleted), {@code link} (does not follow the previous entry), {@code content} (changed after
 * sealing, or re-hashed without the key), {@code legacy} (an unkeyed entry where only keyed ones may be),
 * {@code checkpoint} (differs from a signed checkpoint), {@code truncated} (the chain ends before a signed
 * checkpoint: a cut tail or an emptied table), {@code head} (the stored head does not match the chain),
 * {@code signature} (a checkpoint file whose signature is wrong).
 */
public record AuditBreak(long seq, long toSeq, String reason) {
    static AuditBreak at(long seq, String reason) { return new AuditBreak(seq, seq, reason); }
}
