package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lineage of a set of units, loaded at once (two queries) and walked in memory: who carries a unit on at a date,
 * which units a successor was formed from. Holds every unit reachable from the units it was loaded for.
 */
public final class Lineage {
    /** One merger link as other modules see it. */
    public record Link(long predecessorId, long successorId, LocalDate effectiveDate, LocalDate unionEffectiveDate) {}

    private final Map<Long, UnitSummary> units;
    private final Map<Long, List<Link>> bySuccessor;
    private final Map<Long, List<Link>> byPredecessor;

    Lineage(Map<Long, UnitSummary> units, Map<Long, List<Link>> bySuccessor, Map<Long, List<Link>> byPredecessor) {
        this.units = units;
        this.bySuccessor = bySuccessor;
        this.byPredecessor = byPredecessor;
    }

    public UnitSummary unit(long id) { return units.get(id); }

    public Map<Long, UnitSummary> units() { return units; }

    /** The unit this one merged into, if any (the first by successor id when a split left several). */
    public Optional<UnitSummary> successor(long id) {
        return byPredecessor.getOrDefault(id, List.of()).stream().min(Comparator.comparingLong(Link::successorId))
                .map(l -> units.get(l.successorId()));
    }

    /**
     * The unit that carries {@code id} on at {@code date}: itself while it acts, else its successor (followed through
     * several mergers), or empty if the line ended or had not begun.
     */
    public Optional<UnitSummary> carrierOn(long id, LocalDate date) {
        var seen = new HashSet<Long>();
        var current = units.get(id);
        while (current != null && !current.existsOn(date)) {
            if (!seen.add(current.id())) return Optional.empty();
            if (!current.endedBy(date)) return Optional.empty();      // not yet formed, or unknown then
            current = successor(current.id()).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    /** All the units {@code id} was formed from, transitively. */
    public List<UnitSummary> ancestry(long id) {
        var result = new ArrayList<UnitSummary>();
        var queue = new ArrayList<>(List.of(id));
        var seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            long next = queue.removeFirst();
            for (var link : bySuccessor.getOrDefault(next, List.of())) {
                if (seen.add(link.predecessorId())) {
                    result.add(units.get(link.predecessorId()));
                    queue.add(link.predecessorId());
                }
            }
        }
        return result;
    }
}
