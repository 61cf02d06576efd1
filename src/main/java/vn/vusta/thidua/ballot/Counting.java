package vn.vusta.thidua.ballot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Counts a closed box (or a paper tally) and applies the decision rule: who meets the threshold against the
 * denominator, the seats, and the tie-break sequence when more candidates qualify with equal votes than seats are left.
 * Pure: the same box, ballot and facts give the same result (the recount relies on it).
 */
final class Counting {
    private final BallotView ballot;
    private final TieBreakFacts facts;

    Counting(BallotView ballot, TieBreakFacts facts) {
        this.ballot = ballot;
        this.facts = facts;
    }

    BallotResult count(List<String> box) {
        var yes = new HashMap<Long, Integer>();
        var no = new HashMap<Long, Integer>();
        var abstain = new HashMap<Long, Integer>();
        int blank = 0;
        for (var choices : box) {
            switch (ballot.kind()) {
                case CHOOSE_UP_TO_K -> ChoiceCodec.selected(choices).forEach(id -> yes.merge(id, 1, Integer::sum));
                case YES_NO_ABSTAIN -> ChoiceCodec.answers(choices).forEach((id, a) -> (switch (a) {
                    case YES -> yes; case NO -> no; case ABSTAIN -> abstain; }).merge(id, 1, Integer::sum));
                case RANKED_CHOICE -> ChoiceCodec.ranking(choices).stream().findFirst().ifPresent(id -> yes.merge(id, 1, Integer::sum));
            }
            if (isBlank(choices)) blank++;
        }
        var tally = ballot.candidates().stream()
                .map(c -> new BallotResult.Tally(c.id(), yes.getOrDefault(c.id(), 0), no.getOrDefault(c.id(), 0), abstain.getOrDefault(c.id(), 0)))
                .toList();
        if (ballot.kind() == BallotKind.RANKED_CHOICE) return runOff(box, tally, blank);
        return decide(box.size(), 0, blank, tally);
    }

    BallotResult countPaper(PaperCounts counts) {
        var byId = new HashMap<Long, PaperCounts.Count>();
        counts.counts().forEach(c -> byId.put(c.candidateId(), c));
        var tally = ballot.candidates().stream().map(c -> {
            var n = byId.get(c.id());
            return n == null ? new BallotResult.Tally(c.id(), 0, 0, 0) : new BallotResult.Tally(c.id(), n.yes(), n.no(), n.abstain());
        }).toList();
        var result = decide(counts.cast() - counts.invalid(), counts.invalid(), -1, tally);
        return new BallotResult(result.ballotId(), result.kind(), true, result.valid(), result.invalid(), result.blank(), result.denominator(),
                result.tally(), result.rounds(), result.outcome(), result.winners(), result.winnerUnitIds(), result.tied(), result.tieBreaks(), null);
    }

    private boolean isBlank(String choices) {
        return ballot.kind() == BallotKind.YES_NO_ABSTAIN ? !choices.contains("=Y") && !choices.contains("=N") : choices.isEmpty();
    }

    int denominator(int valid) {
        return switch (ballot.rule().denominator()) {
            case VOTES_CAST -> valid;
            case MEMBERS_PRESENT -> ballot.presentCount();
            case ALL_MEMBERS -> ballot.membersCount();
        };
    }

    private boolean qualifies(BallotResult.Tally t, int denominator) {
        if (ballot.rule().threshold() == Threshold.PLURALITY && ballot.kind() == BallotKind.YES_NO_ABSTAIN) return t.votes() > t.no();
        return ballot.rule().threshold().met(t.votes(), denominator);
    }

    /** Choose up to k and yes/no/abstain: the qualifying candidates by votes; a tie at the last seat goes to the tie-breaks. */
    private BallotResult decide(int valid, int invalid, int blank, List<BallotResult.Tally> tally) {
        int denominator = denominator(valid);
        int seats = ChoiceCodec.seats(ballot);
        var qualified = tally.stream().filter(t -> qualifies(t, denominator))
                .sorted(Comparator.comparingInt(BallotResult.Tally::votes).reversed()).toList();
        var pick = pick(qualified.stream().map(t -> new Scored(t.candidateId(), t.votes())).toList(), seats);
        if (pick.outcome() == Outcome.NO_WINNER && seats == 1 && ballot.kind() == BallotKind.CHOOSE_UP_TO_K) pick = leadersTied(tally, pick);
        return result(valid, invalid, blank, denominator, tally, List.of(), pick);
    }

    /**
     * A single winner and nobody meets the threshold, but two or more lead with equal votes (a 3–3 among six): the tie,
     * not a lack of support, stands in the way. With a re-vote in the rule the leaders go to a re-vote among themselves;
     * on that re-vote (only the tied are candidates) a tie at the top again goes on to the rule's later steps. A ballot
     * whose rule has no re-vote keeps "no winner": the threshold is not waived for a first count.
     */
    private Pick leadersTied(List<BallotResult.Tally> tally, Pick none) {
        int top = tally.stream().mapToInt(BallotResult.Tally::votes).max().orElse(0);
        var leaders = tally.stream().filter(t -> t.votes() == top).map(BallotResult.Tally::candidateId).toList();
        if (top == 0 || leaders.size() < 2) return none;
        if (ballot.parentId() == null) {
            if (!ballot.rule().tieBreaks().contains(TieBreakStep.REVOTE)) return none;
            var note = new BallotResult.TieBreakNote(TieBreakStep.REVOTE, "REVOTE_NEEDED", List.of(), leaders);
            return new Pick(List.of(), leaders, Outcome.REVOTE_NEEDED, List.of(note));
        }
        return new TieBreaks(ballot, facts).apply(List.of(), leaders, 1);
    }

    private record Scored(long candidateId, int votes) {}

    record Pick(List<Long> winners, List<Long> tied, Outcome outcome, List<BallotResult.TieBreakNote> notes) {}

    private Pick pick(List<Scored> qualified, int seats) {
        if (qualified.isEmpty()) return new Pick(List.of(), List.of(), Outcome.NO_WINNER, List.of());
        if (qualified.size() <= seats) return new Pick(ids(qualified), List.of(), Outcome.DECIDED, List.of());
        int cut = qualified.get(seats - 1).votes();
        var sure = qualified.stream().filter(s -> s.votes() > cut).toList();
        var atCut = qualified.stream().filter(s -> s.votes() == cut).toList();
        if (atCut.size() <= seats - sure.size()) {
            var winners = new ArrayList<>(ids(sure));
            winners.addAll(ids(atCut));
            return new Pick(winners, List.of(), Outcome.DECIDED, List.of());
        }
        return new TieBreaks(ballot, facts).apply(ids(sure), ids(atCut), seats - sure.size());
    }

    private static List<Long> ids(List<Scored> list) { return list.stream().map(Scored::candidateId).toList(); }

    /** Ranked choice: instant run-off to a single winner, every round kept; the winner must then meet the threshold. */
    private BallotResult runOff(List<String> box, List<BallotResult.Tally> firstRound, int blank) {
        var ballots = box.stream().map(ChoiceCodec::ranking).toList();
        var continuing = new LinkedHashSet<Long>();
        ballot.candidates().forEach(c -> continuing.add(c.id()));
        var rounds = new ArrayList<BallotResult.Round>();
        var history = new ArrayList<Map<Long, Integer>>();
        int valid = box.size();
        while (true) {
            var counts = new HashMap<Long, Integer>();
            continuing.forEach(id -> counts.put(id, 0));
            int exhausted = 0;
            for (var b : ballots) {
                var first = b.stream().filter(continuing::contains).findFirst();
                if (first.isPresent()) counts.merge(first.get(), 1, Integer::sum); else exhausted++;
            }
            history.add(counts);
            int active = valid - exhausted;
            var roundTally = continuing.stream().map(id -> new BallotResult.Tally(id, counts.get(id), 0, 0)).toList();
            int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            var leaders = continuing.stream().filter(id -> counts.get(id) == top).toList();
            if (active == 0) {
                rounds.add(new BallotResult.Round(rounds.size() + 1, roundTally, exhausted, List.of()));
                return result(valid, 0, blank, denominator(valid), firstRound, rounds, new Pick(List.of(), List.of(), Outcome.NO_WINNER, List.of()));
            }
            if ((top * 2 > active && leaders.size() == 1) || continuing.size() == leaders.size()) {
                rounds.add(new BallotResult.Round(rounds.size() + 1, roundTally, exhausted, List.of()));
                int base = ballot.rule().denominator() == Denominator.VOTES_CAST ? active : denominator(valid);
                var qualified = leaders.stream().filter(id -> ballot.rule().threshold().met(top, base)).map(id -> new Scored(id, top)).toList();
                return result(valid, 0, blank, base, firstRound, rounds, pick(qualified, 1));
            }
            int low = continuing.stream().mapToInt(counts::get).min().orElse(0);
            var out = new ArrayList<>(continuing.stream().filter(id -> counts.get(id) == low).toList());
            for (int r = history.size() - 2; r >= 0 && out.size() > 1; r--) {
                var earlier = history.get(r);
                int min = out.stream().mapToInt(id -> earlier.getOrDefault(id, 0)).min().orElse(0);
                out.removeIf(id -> earlier.getOrDefault(id, 0) > min);
            }
            if (out.size() > 1) {
                // Still tied for last: they go out together only if together they cannot reach the next candidate up.
                int together = out.size() * low;
                int next = continuing.stream().mapToInt(counts::get).filter(v -> v > low).min().orElse(Integer.MAX_VALUE);
                if (together >= next) {
                    rounds.add(new BallotResult.Round(rounds.size() + 1, roundTally, exhausted, List.of()));
                    boolean revote = ballot.parentId() == null && ballot.rule().tieBreaks().contains(TieBreakStep.REVOTE);
                    var note = new BallotResult.TieBreakNote(TieBreakStep.REVOTE, revote ? "REVOTE_NEEDED" : "NOT_DECISIVE", List.of(), List.copyOf(continuing));
                    return result(valid, 0, blank, denominator(valid), firstRound, rounds,
                            new Pick(List.of(), List.copyOf(continuing), revote ? Outcome.REVOTE_NEEDED : Outcome.UNRESOLVED_TIE, List.of(note)));
                }
            }
            rounds.add(new BallotResult.Round(rounds.size() + 1, roundTally, exhausted, List.copyOf(out)));
            out.forEach(continuing::remove);
        }
    }

    private BallotResult result(int valid, int invalid, int blank, int denominator, List<BallotResult.Tally> tally,
                                List<BallotResult.Round> rounds, Pick pick) {
        var unitOf = new HashMap<Long, Long>();
        ballot.candidates().forEach(c -> { if (c.unitId() != null) unitOf.put(c.id(), c.unitId()); });
        var winnerUnits = pick.winners().stream().map(unitOf::get).filter(java.util.Objects::nonNull).toList();
        return new BallotResult(ballot.id(), ballot.kind(), false, valid, invalid, Math.max(blank, 0), denominator, tally, rounds,
                pick.outcome(), pick.winners(), winnerUnits, pick.tied(), pick.notes(), null);
    }
}
