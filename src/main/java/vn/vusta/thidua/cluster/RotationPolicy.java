package vn.vusta.thidua.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rotation rule: next year's head is this year's deputy; the new deputy is the member that has led least
 * recently (never before anyone who has led), ties broken by name order. A proposal only: the cluster decides.
 * When some earlier years have no recorded head, a member with no record is "no record", not "never led".
 */
final class RotationPolicy {
    private RotationPolicy() {}

    enum Reason { PREVIOUS_DEPUTY, LEAST_RECENTLY_LED, NEVER_LED, NO_RECORD }

    /** {@code unknownYears}: the earlier years of the cluster with no recorded head, e.g. "2022, 2023" (or empty). */
    record Pick(long unitId, Reason reason, Integer lastLedYear, String unknownYears) {}

    record Proposal(Pick head, Pick deputy) {}

    /**
     * @param members         the cluster's members in the new year, in name order
     * @param previousDeputy  last year's deputy as it stands in the new year (after mergers), if any
     * @param lastLed         for each member, the last year it (or a unit it was formed from) was head
     * @param unknownYears    earlier years of the cluster whose head is not recorded
     */
    static Proposal propose(List<Long> members, Optional<Long> previousDeputy, Map<Long, Integer> lastLed, List<Integer> unknownYears) {
        Comparator<Long> leastRecently = Comparator.comparing((Long id) -> lastLed.getOrDefault(id, Integer.MIN_VALUE));
        var byRotation = members.stream().sorted(leastRecently).toList(); // stable: keeps name order among ties
        String gaps = String.join(", ", unknownYears.stream().sorted().map(String::valueOf).toList());
        Pick head = previousDeputy.filter(members::contains)
                .map(id -> new Pick(id, Reason.PREVIOUS_DEPUTY, lastLed.get(id), gaps))
                .orElseGet(() -> byRotation.isEmpty() ? null : pick(byRotation.getFirst(), lastLed, gaps));
        Pick deputy = byRotation.stream().filter(id -> head == null || id != head.unitId()).findFirst()
                .map(id -> pick(id, lastLed, gaps)).orElse(null);
        return new Proposal(head, deputy);
    }

    static Proposal propose(List<Long> members, Optional<Long> previousDeputy, Map<Long, Integer> lastLed) {
        return propose(members, previousDeputy, lastLed, List.of());
    }

    private static Pick pick(long id, Map<Long, Integer> lastLed, String gaps) {
        Integer year = lastLed.get(id);
        Reason reason = year != null ? Reason.LEAST_RECENTLY_LED : gaps.isEmpty() ? Reason.NEVER_LED : Reason.NO_RECORD;
        return new Pick(id, reason, year, gaps);
    }
}
