package vn.vusta.thidua.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rotation rule: next year's head is this year's deputy; the new deputy is the member that has led least
 * recently (never before anyone who has led), ties broken by name order. A proposal only: the cluster decides.
 */
final class RotationPolicy {
    private RotationPolicy() {}

    enum Reason { PREVIOUS_DEPUTY, LEAST_RECENTLY_LED, NEVER_LED }

    record Pick(long unitId, Reason reason, Integer lastLedYear) {}

    record Proposal(Pick head, Pick deputy) {}

    /**
     * @param members         the cluster's members in the new year, in name order
     * @param previousDeputy  last year's deputy as it stands in the new year (after mergers), if any
     * @param lastLed         for each member, the last year it (or a unit it was formed from) was head
     */
    static Proposal propose(List<Long> members, Optional<Long> previousDeputy, Map<Long, Integer> lastLed) {
        Comparator<Long> leastRecently = Comparator.comparing((Long id) -> lastLed.getOrDefault(id, Integer.MIN_VALUE));
        var byRotation = members.stream().sorted(leastRecently).toList(); // stable: keeps name order among ties
        Pick head = previousDeputy.filter(members::contains)
                .map(id -> new Pick(id, Reason.PREVIOUS_DEPUTY, lastLed.get(id)))
                .orElseGet(() -> byRotation.isEmpty() ? null : pick(byRotation.getFirst(), lastLed));
        Pick deputy = byRotation.stream().filter(id -> head == null || id != head.unitId()).findFirst()
                .map(id -> pick(id, lastLed)).orElse(null);
        return new Proposal(head, deputy);
    }

    private static Pick pick(long id, Map<Long, Integer> lastLed) {
        Integer year = lastLed.get(id);
        return new Pick(id, year == null ? Reason.NEVER_LED : Reason.LEAST_RECENTLY_LED, year);
    }
}
