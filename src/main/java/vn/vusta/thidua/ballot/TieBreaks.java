package vn.vusta.thidua.ballot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.vusta.thidua.ballot.BallotResult.Fact;
import vn.vusta.thidua.ballot.BallotResult.TieBreakNote;

/**
 * The rule's tie-break sequence among candidates tied for the last {@code seats} seats. Each step ranks the tied by
 * one fact; those strictly better than the fact at the last seat win, those equal to it stay tied for what is left.
 * A re-vote is asked for once (a ballot that is itself a re-vote goes on to the next step).
 */
final class TieBreaks {
    private final BallotView ballot;
    private final TieBreakFacts facts;

    TieBreaks(BallotView ballot, TieBreakFacts facts) {
        this.ballot = ballot;
        this.facts = facts;
    }

    Counting.Pick apply(List<Long> sure, List<Long> tied, int seats) {
        var winners = new ArrayList<>(sure);
        var remaining = new ArrayList<>(tied);
        var notes = new ArrayList<TieBreakNote>();
        var unitOf = new HashMap<Long, Long>();
        ballot.candidates().forEach(c -> { if (c.unitId() != null) unitOf.put(c.id(), c.unitId()); });
        for (var step : ballot.rule().tieBreaks()) {
            if (remaining.size() <= seats) break;
            switch (step) {
                case REVOTE -> {
                    if (ballot.parentId() == null) {
                        notes.add(new TieBreakNote(step, "REVOTE_NEEDED", List.of(), List.copyOf(remaining)));
                        return new Counting.Pick(winners, remaining, Outcome.REVOTE_NEEDED, notes);
                    }
                    notes.add(new TieBreakNote(step, "SKIPPED_ALREADY_REVOTED", List.of(), List.copyOf(remaining)));
                }
                case HIGHER_FINAL_SCORE -> {
                    var scores = facts.finalScores();
                    if (scores.isEmpty()) {
                        notes.add(new TieBreakNote(step, "SKIPPED_NOT_PUBLISHED", List.of(), List.copyOf(remaining)));
                        continue;
                    }
                    // Higher score is better; a candidate without a score (a person, a unit outside the table) comes last.
                    Function<Long, BigDecimal> score = id -> unitOf.get(id) == null ? null : scores.get().get(unitOf.get(id));
                    seats = narrow(step, remaining, winners, seats, notes, score,
                            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()), v -> v == null ? null : v.toPlainString());
                }
                case LEAST_RECENTLY_LED -> {
                    var led = facts.lastLed();
                    // Earlier is better; no head year on record counts as never having led, the earliest of all.
                    Function<Long, Integer> year = id -> unitOf.get(id) == null ? null : led.get(unitOf.get(id));
                    seats = narrow(step, remaining, winners, seats, notes, year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()),
                            v -> v == null ? null : String.valueOf(v));
                }
            }
        }
        if (remaining.size() <= seats) {
            winners.addAll(remaining);
            return new Counting.Pick(winners, List.of(), Outcome.DECIDED, notes);
        }
        return new Counting.Pick(winners, remaining, Outcome.UNRESOLVED_TIE, notes);
    }

    /** Moves the candidates strictly better than the fact at the last seat to the winners; returns the seats left. */
    private static <T> int narrow(TieBreakStep step, List<Long> remaining, List<Long> winners, int seats, List<TieBreakNote> notes,
                                  Function<Long, T> fact, Comparator<T> better, Function<T, String> shown) {
        var facts = remaining.stream().map(id -> new Fact(id, shown.apply(fact.apply(id)))).toList();
        var sorted = remaining.stream().sorted(Comparator.comparing(fact, better)).toList();
        T atCut = fact.apply(sorted.get(seats - 1));
        var ahead = sorted.stream().filter(id -> better.compare(fact.apply(id), atCut) < 0).toList();
        var level = sorted.stream().filter(id -> better.compare(fact.apply(id), atCut) == 0).toList();
        winners.addAll(ahead);
        remaining.clear();
        remaining.addAll(level);
        int left = seats - ahead.size();
        boolean decisive = !ahead.isEmpty() || level.size() <= left;
        notes.add(new TieBreakNote(step, decisive ? "APPLIED" : "NOT_DECISIVE", facts, List.copyOf(remaining)));
        return left;
    }

}
