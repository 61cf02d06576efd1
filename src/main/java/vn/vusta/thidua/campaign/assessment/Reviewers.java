package vn.vusta.thidua.campaign.assessment;

import java.util.ArrayList;
import java.util.List;

import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.cluster.ClusterView;

/**
 * Who reviews a member's sheet, by the campaign's {@link ReviewMode}, as seats: each seat is filled by one of the
 * reviewers it names, and a sheet is reviewed when every seat has scored every criterion. What counts is the average
 * of the seats' points. A unit never reviews itself.
 * <ul>
 * <li>HEAD: the head unit; the head's own sheet by the deputy unit or the Presidium member in charge.</li>
 * <li>HEAD_AND_DEPUTY: two seats, the head and the deputy; the head's sheet by the deputy or the member in charge,
 *     the deputy's by the head or the member in charge.</li>
 * <li>CROSS_PAIRS: the members in the order of their ids form pairs (1st–2nd, 3rd–4th, …) that score each other; with
 *     an odd number the last is scored by the head (the head itself by the deputy or the member in charge).</li>
 * </ul>
 */
public final class Reviewers {
    private Reviewers() {}

    /** A seat: the head's place, the deputy's place, the Presidium member in charge, or one given unit. */
    public record Seat(int index, boolean head, boolean deputy, boolean supervisor, Long unitId) {
        static Seat head(int i) { return new Seat(i, true, false, false, null); }
        static Seat headOrSupervisor(int i) { return new Seat(i, true, false, true, null); }
        static Seat deputyOrSupervisor(int i) { return new Seat(i, false, true, true, null); }
        static Seat deputy(int i) { return new Seat(i, false, true, false, null); }
        static Seat unit(int i, long unitId) { return new Seat(i, false, false, false, unitId); }
    }

    /**
     * The seats reviewing the sheet of {@code unitId} (carried over from {@code carriedFrom}, may be null) in
     * {@code cluster}.
     */
    public static List<Seat> of(ReviewMode mode, ClusterView cluster, long unitId, Long carriedFrom) {
        boolean isHead = is(cluster.head() == null ? null : cluster.head().id(), unitId, carriedFrom);
        boolean isDeputy = is(cluster.deputy() == null ? null : cluster.deputy().id(), unitId, carriedFrom);
        boolean hasDeputy = cluster.deputy() != null;
        return switch (mode) {
            case HEAD -> List.of(isHead ? Seat.deputyOrSupervisor(0) : Seat.head(0));
            case HEAD_AND_DEPUTY -> {
                if (isHead) yield List.of(Seat.deputyOrSupervisor(0));
                if (isDeputy) yield List.of(Seat.headOrSupervisor(0));
                yield hasDeputy ? List.of(Seat.head(0), Seat.deputy(1)) : List.of(Seat.head(0));
            }
            case CROSS_PAIRS -> {
                var ids = new ArrayList<Long>(cluster.members().stream().map(m -> m.unit().id()).sorted().toList());
                long me = carriedFrom != null && ids.contains(carriedFrom) ? carriedFrom : unitId;
                int i = ids.indexOf(me);
                boolean unpaired = i < 0 || (ids.size() % 2 == 1 && i == ids.size() - 1);
                if (unpaired) yield List.of(isHead ? Seat.deputyOrSupervisor(0) : Seat.head(0));
                yield List.of(Seat.unit(0, ids.get(i ^ 1)));
            }
        };
    }

    private static boolean is(Long place, long unitId, Long carriedFrom) {
        return place != null && (place == unitId || place.equals(carriedFrom));
    }
}
