package vn.vusta.thidua.ballot;

import java.util.List;

/**
 * The counted result of a closed ballot. {@code valid}: ballots counted (blank ones included); {@code invalid}: paper
 * ballots set aside; {@code blank}: valid ballots marking nothing; {@code denominator}: the value the threshold was
 * measured against; {@code tally} per candidate in ballot order; {@code rounds}: the instant run-off, round by round
 * (ranked choice only); {@code winners} and {@code tied} are candidate ids; {@code tieBreaks} says what each step did.
 */
public record BallotResult(long ballotId, BallotKind kind, boolean paper, int valid, int invalid, int blank, int denominator,
                           List<Tally> tally, List<Round> rounds, Outcome outcome, List<Long> winners, List<Long> winnerUnitIds,
                           List<Long> tied, List<TieBreakNote> tieBreaks, String sealHash) {

    /** Votes for a candidate: {@code votes} (yes for yes/no/abstain; first preferences for ranked choice), {@code no}, {@code abstain}. */
    public record Tally(long candidateId, int votes, int no, int abstain) {}

    /** One round of an instant run-off: first preferences among the continuing candidates, the exhausted ballots, who goes out. */
    public record Round(int number, List<Tally> counts, int exhausted, List<Long> eliminated) {}

    /**
     * What a tie-break step did: {@code APPLIED} (facts per candidate, who remains), {@code REVOTE_NEEDED},
     * {@code SKIPPED_ALREADY_REVOTED}, {@code SKIPPED_NOT_PUBLISHED} (no published league table), {@code NOT_DECISIVE}.
     */
    public record TieBreakNote(TieBreakStep step, String effect, List<Fact> facts, List<Long> remaining) {}

    /** A tie-break fact of a candidate: the final score, or the last year it headed the cluster (null: no record). */
    public record Fact(long candidateId, String value) {}

    public BallotResult {
        tally = List.copyOf(tally);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        winners = List.copyOf(winners);
        winnerUnitIds = winnerUnitIds == null ? List.of() : List.copyOf(winnerUnitIds);
        tied = tied == null ? List.of() : List.copyOf(tied);
        tieBreaks = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
    }

    public Tally of(long candidateId) { return tally.stream().filter(t -> t.candidateId() == candidateId).findFirst().orElse(null); }

    BallotResult sealed(String seal) {
        return new BallotResult(ballotId, kind, paper, valid, invalid, blank, denominator, tally, rounds, outcome, winners, winnerUnitIds,
                tied, tieBreaks, seal);
    }
}
