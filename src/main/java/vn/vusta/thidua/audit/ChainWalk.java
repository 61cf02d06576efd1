package vn.vusta.thidua.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import javax.crypto.spec.SecretKeySpec;

/**
 * Checks entries streamed in seq order, from a trusted start (the genesis or a checkpoint), and collects every
 * break rather than stopping at the first. Holds one entry at a time, whatever the length of the chain.
 */
final class ChainWalk {
    static final int MAX_LISTED = 1000;
    private final SecretKeySpec key;
    private final NavigableMap<Long, Checkpoint> checkpoints;
    private final long legacyThrough;
    private final List<AuditBreak> breaks = new ArrayList<>();
    private long breakCount;
    private long expected;
    private String prevHash;
    private long checked;
    private boolean keyedSeen;
    private Long headSeq;
    private String headHash;
    private boolean headFound;

    /** Starts after entry {@code fromSeq} whose hash is {@code fromHash}; checkpoints only from valid files. */
    ChainWalk(SecretKeySpec key, List<Checkpoint> validCheckpoints, long fromSeq, String fromHash) {
        this.key = key;
        this.checkpoints = new TreeMap<>();
        validCheckpoints.forEach(c -> checkpoints.put(c.seq(), c));
        this.legacyThrough = validCheckpoints.stream().mapToLong(Checkpoint::legacyThrough).min().orElse(Long.MAX_VALUE);
        this.expected = fromSeq + 1;
        this.prevHash = fromHash;
    }

    /** The stored head, read before the walk: its entry must be in the chain (entries sealed since may follow). */
    void head(long seq, String hash) {
        this.headSeq = seq;
        this.headHash = hash;
    }

    void accept(AuditEntry e) {
        checked++;
        if (e.seq() > expected) add(new AuditBreak(expected, e.seq() - 1, "missing"));
        if (!e.prevHash().equals(prevHash)) add(AuditBreak.at(e.seq(), "link"));
        if (!ChainHash.matches(key, e)) add(AuditBreak.at(e.seq(), "content"));
        if (e.scheme() == ChainHash.LEGACY && (keyedSeen || e.seq() > legacyThrough)) add(AuditBreak.at(e.seq(), "legacy"));
        keyedSeen |= e.scheme() == ChainHash.KEYED;
        var cp = checkpoints.get(e.seq());
        if (cp != null && !cp.hash().equals(e.hash())) add(AuditBreak.at(e.seq(), "checkpoint"));
        if (headSeq != null && e.seq() == headSeq) headFound = headHash.equals(e.hash());
        prevHash = e.hash();
        expected = e.seq() + 1;
    }

    /** Ends the walk: the chain must reach every signed checkpoint and hold the stored head. */
    void finish() {
        long last = expected - 1;
        var beyond = checkpoints.tailMap(last, false);
        if (!beyond.isEmpty()) add(new AuditBreak(last + 1, beyond.lastKey(), "truncated"));
        if (headSeq != null && headSeq > 0 && !headFound) add(AuditBreak.at(headSeq, "head"));
    }

    void signatureBroken(long seq) { add(AuditBreak.at(seq, "signature")); }

    private void add(AuditBreak b) {
        breakCount++;
        if (breaks.size() < MAX_LISTED) breaks.add(b);
    }

    long lastSeq() { return expected - 1; }

    String lastHash() { return prevHash; }

    long checked() { return checked; }

    long breakCount() { return breakCount; }

    List<AuditBreak> breaks() { return List.copyOf(breaks); }
}
