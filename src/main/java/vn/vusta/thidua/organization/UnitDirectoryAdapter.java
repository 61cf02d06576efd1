package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.identity.UnitDirectory;

/** Tells the identity module about units (it must not depend on this module). */
@Component
class UnitDirectoryAdapter implements UnitDirectory {
    private final UnitCatalog catalog;
    private final UnitLineages lineages;
    private final Clock clock;
    private final UnitLabels labels;
    private final Messages messages;

    UnitDirectoryAdapter(UnitCatalog catalog, UnitLineages lineages, Clock clock, UnitLabels labels, Messages messages) {
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
        this.catalog = catalog;
        this.lineages = lineages;
    }

    @Override
    public List<UnitOption> currentUnits() {
        var units = catalog.search(new UnitCatalog.Criteria(null, null, null, LocalDate.now(clock)));
        var owners = catalog.byIds(units.stream().map(UnitSummary::ownerUnitId).filter(Objects::nonNull).collect(Collectors.toSet()));
        record Ranked(int rank, String group, UnitOption option) {}
        var ranked = new ArrayList<Ranked>();
        for (var u : units) {
            if (u.isAssociation() && owners.containsKey(u.ownerUnitId())) {
                String group = messages.get("account.unit.associationsOf", labels.shortName(owners.get(u.ownerUnitId())));
                ranked.add(new Ranked(UnitType.values().length, group, new UnitOption(u.id(), u.code(), labels.of(u), group)));
            } else {
                String group = messages.get("unitType." + u.type());
                ranked.add(new Ranked(u.type().ordinal(), group, new UnitOption(u.id(), u.code(), u.name(), group)));
            }
        }
        // by type, then union by union; within a group the catalog's Vietnamese name order is kept (a stable sort)
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparing(VietnameseText.byName(Ranked::group)));
        return ranked.stream().map(Ranked::option).toList();
    }

    @Override
    public Optional<UnitOption> find(long id) { return catalog.find(id).map(UnitDirectoryAdapter::option); }

    @Override
    public Optional<UnitOption> findByCode(String code) { return catalog.byCode(code).map(UnitDirectoryAdapter::option); }

    @Override
    public Map<Long, UnitOption> byIds(Collection<Long> ids) {
        var result = new HashMap<Long, UnitOption>();
        catalog.byIds(ids).forEach((id, u) -> result.put(id, option(u)));
        return result;
    }

    /** Follows the lineage one generation per query, for all the units at once. */
    @Override
    public Map<Long, UnitOption> carriersToday(Collection<Long> ids) {
        var today = LocalDate.now(clock);
        var result = new HashMap<Long, UnitOption>();
        if (ids.isEmpty()) return result;
        var origin = new HashMap<Long, Long>(); // unit reached so far -> the unit asked about
        for (var u : catalog.byIds(ids).values()) if (!u.existsOn(today)) origin.put(u.id(), u.id());
        for (int generation = 0; generation < 10 && !origin.isEmpty(); generation++) {
            var links = lineages.findByPredecessorIdIn(origin.keySet());
            var successors = catalog.byIds(links.stream().map(UnitLineage::getSuccessorId).distinct().toList());
            var next = new HashMap<Long, Long>();
            for (var link : links) {
                var successor = successors.get(link.getSuccessorId());
                long asked = origin.get(link.getPredecessorId());
                if (successor.existsOn(today)) result.putIfAbsent(asked, option(successor));
                else next.putIfAbsent(successor.id(), asked);
            }
            origin = next;
        }
        return result;
    }

    private static UnitOption option(UnitSummary u) { return new UnitOption(u.id(), u.code(), u.name()); }
}
