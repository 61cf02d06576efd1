package vn.vusta.thidua.ballot;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The facts the tie-break steps use, read only when a step needs them. */
interface TieBreakFacts {
    /** Final score per unit in the published league table of the ballot's cluster and year; empty when none is published. */
    Optional<Map<Long, BigDecimal>> finalScores();

    /** The last year (up to the ballot's year) each unit headed the ballot's cluster; a unit without a record is absent. */
    Map<Long, Integer> lastLed();

    TieBreakFacts NONE = new TieBreakFacts() {
        @Override public Optional<Map<Long, BigDecimal>> finalScores() { return Optional.empty(); }
        @Override public Map<Long, Integer> lastLed() { return Map.of(); }
    };
}
