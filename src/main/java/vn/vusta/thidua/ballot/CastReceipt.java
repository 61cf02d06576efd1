package vn.vusta.thidua.ballot;

/**
 * The voter's receipt, shown once in the answer to the vote: the tracker of their ballot in the box and its choices
 * in canonical form. The system keeps no link from it to the voter.
 */
public record CastReceipt(long ballotId, String tracker, String choices) {
    @Override
    public String toString() { return "CastReceipt[ballot " + ballotId + "]"; }
}
