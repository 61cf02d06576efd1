package vn.vusta.thidua.campaign.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The league table's order (pure): higher final total first; equal totals ordered by the campaign's {@link TieBreak};
 * units still equal share the rank and the next rank is skipped (1, 1, 3). Units without a final total come last,
 * without a rank.
 */
public final class Ranking {
    private Ranking() {}

    /** A unit's place: {@code rank} null when it has no final total; {@code shared} when another unit holds the same rank. */
    public record Place(Standing standing, Integer rank, boolean shared) {}

    public static List<Place> rank(List<Standing> standings, TieBreak rule) {
        Comparator<Standing> order = (a, b) -> TieBreak.higherFirst(a.fin(), b.fin());
        order = order.thenComparing(rule::compare);
        var ranked = new ArrayList<>(standings.stream().filter(Standing::ranked).toList());
        ranked.sort(order);
        var places = new ArrayList<Place>(standings.size());
        for (int i = 0; i < ranked.size(); i++) {
            int first = i;
            while (first > 0 && order.compare(ranked.get(first - 1), ranked.get(i)) == 0) first--;
            boolean tiedBefore = first < i;
            boolean tiedAfter = i + 1 < ranked.size() && order.compare(ranked.get(i), ranked.get(i + 1)) == 0;
            places.add(new Place(ranked.get(i), first + 1, tiedBefore || tiedAfter));
        }
        standings.stream().filter(s -> !s.ranked()).forEach(s -> places.add(new Place(s, null, false)));
        return places;
    }
}
