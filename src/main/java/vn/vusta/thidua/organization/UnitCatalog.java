package vn.vusta.thidua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.VietnameseText;

/** Read side of the organisation module: units as of a date, lineage, search. */
@Service
@Transactional(readOnly = true)
public class UnitCatalog {
    private final Units units;
    private final UnitLineages lineages;

    UnitCatalog(Units units, UnitLineages lineages) {
        this.units = units;
        this.lineages = lineages;
    }

    public record LineageLink(UnitSummary unit, LocalDate effectiveDate, String legalRef, String unionLegalRef,
                              LocalDate unionEffectiveDate) {}

    /**
     * What to list; {@code owner}: the member associations of that union, with those of the unions it carries on
     * (after a merger, the successor holds its predecessors' associations).
     */
    public record Criteria(String query, UnitType type, UnitStatus status, LocalDate date, Long owner) {
        public Criteria(String query, UnitType type, UnitStatus status, LocalDate date) { this(query, type, status, date, null); }

        public static Criteria all() { return new Criteria(null, null, null, null); }
    }

    public UnitSummary get(long id) {
        return units.findById(id).map(Unit::summary).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Optional<UnitSummary> find(long id) { return units.findById(id).map(Unit::summary); }

    public Optional<UnitSummary> byCode(String code) { return units.findByCode(code).map(Unit::summary); }

    public Map<Long, UnitSummary> byIds(Collection<Long> ids) {
        return units.findAllById(ids).stream().map(Unit::summary).collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    /** Units matching the criteria, in Vietnamese name order; {@code date} keeps only units that existed that day. */
    public List<UnitSummary> search(Criteria c) {
        return units.findAll(specification(c), ORDER).stream().map(Unit::summary).toList();
    }

    /**
     * One page of {@link #search}: filtering, accent-insensitive search and Vietnamese order happen in the database
     * (stored folded text and sort key, see V8), two statements whatever the number of units.
     */
    public Page<UnitSummary> search(Criteria c, Pageable page) {
        return units.findAll(specification(c), PageRequest.of(page.getPageNumber(), page.getPageSize(), ORDER)).map(Unit::summary);
    }

    private static final Sort ORDER = Sort.by("sortKey", "code");

    private Specification<Unit> specification(Criteria c) {
        var spec = Specification.<Unit>unrestricted();
        if (c.owner() != null) spec = spec.and(Units.ownedBy(selfAndAncestry(c.owner())));
        String q = VietnameseText.fold(c.query());
        if (!q.isEmpty()) spec = spec.and(Units.matching(q));
        if (c.type() != null) spec = spec.and(Units.ofType(c.type()));
        if (c.date() != null) spec = spec.and(Units.existingOn(c.date()));
        if (c.status() != null) spec = spec.and(Units.withStatusOn(c.status(), c.date()));
        return spec;
    }

    public List<UnitSummary> existingOn(LocalDate date, UnitType type) {
        return search(new Criteria(null, type, null, date));
    }

    public List<LineageLink> predecessors(long id) {
        var links = lineages.findBySuccessorId(id);
        var map = byIds(links.stream().map(UnitLineage::getPredecessorId).toList());
        return links.stream()
                .map(l -> new LineageLink(map.get(l.getPredecessorId()), l.getEffectiveDate(), l.getLegalRef(), l.getUnionLegalRef(), l.getUnionEffectiveDate()))
                .sorted((a, b) -> order().compare(a.unit(), b.unit()))
                .toList();
    }

    public Optional<LineageLink> successor(long id) {
        return lineages.findByPredecessorId(id).stream().min(java.util.Comparator.comparingLong(UnitLineage::getSuccessorId))
                .map(l -> new LineageLink(get(l.getSuccessorId()), l.getEffectiveDate(), l.getLegalRef(), l.getUnionLegalRef(), l.getUnionEffectiveDate()));
    }

    /** The lineage around these units (all links, and every unit they reach) in two queries, walked in memory. */
    public Lineage lineage(Collection<Long> ids) {
        var links = lineages.findAll().stream()
                .map(l -> new Lineage.Link(l.getPredecessorId(), l.getSuccessorId(), l.getEffectiveDate(), l.getUnionEffectiveDate()))
                .toList();
        Map<Long, List<Lineage.Link>> bySuccessor = links.stream().collect(Collectors.groupingBy(Lineage.Link::successorId));
        Map<Long, List<Lineage.Link>> byPredecessor = links.stream().collect(Collectors.groupingBy(Lineage.Link::predecessorId));
        var reach = new HashSet<Long>(ids);
        var queue = new ArrayList<Long>(ids);
        while (!queue.isEmpty()) {
            long next = queue.removeLast();
            for (var l : bySuccessor.getOrDefault(next, List.of())) if (reach.add(l.predecessorId())) queue.add(l.predecessorId());
            for (var l : byPredecessor.getOrDefault(next, List.of())) if (reach.add(l.successorId())) queue.add(l.successorId());
        }
        return new Lineage(byIds(reach), bySuccessor, byPredecessor);
    }

    /**
     * The unit that carries this unit on at {@code date}: itself if it still acts then (its union's own merger date
     * counts when recorded), else its successor (followed through several mergers), or empty if the line ended.
     */
    public Optional<UnitSummary> carrierOn(long id, LocalDate date) { return lineage(List.of(id)).carrierOn(id, date); }

    /** All the units a unit was formed from, transitively (for showing a successor's inherited history). */
    public List<UnitSummary> ancestry(long id) { return lineage(List.of(id)).ancestry(id); }

    /** One page of a union's member associations, and the unions they were registered under (itself, its predecessors). */
    public record Associations(Page<UnitSummary> page, Map<Long, UnitSummary> owners) {}

    /**
     * The member associations of a union and of the unions it carries on, searched and paged in the database: four
     * statements (lineage, its units, the page, the count) whatever their number.
     */
    public Associations associationsOf(long unionId, String query, Pageable page) {
        var lineage = lineage(List.of(unionId));
        var owners = new ArrayList<Long>();
        owners.add(unionId);
        lineage.ancestry(unionId).forEach(u -> owners.add(u.id()));
        var spec = specification(new Criteria(query, UnitType.MEMBER_ASSOCIATION, null, null)).and(Units.ownedBy(owners));
        var found = units.findAll(spec, PageRequest.of(page.getPageNumber(), page.getPageSize(), ORDER)).map(Unit::summary);
        return new Associations(found, lineage.units());
    }

    /** The unit and every unit it was formed from (whose member associations it holds). */
    public List<Long> selfAndAncestry(long id) {
        var ids = new ArrayList<Long>();
        ids.add(id);
        ancestry(id).forEach(u -> ids.add(u.id()));
        return ids;
    }

    /**
     * The union that holds this member association on {@code date}: the union it was registered under while that acts,
     * else the unit carrying that union on. Empty for other units, or when the line ended.
     */
    public Optional<UnitSummary> holderOn(UnitSummary association, LocalDate date) {
        if (association.ownerUnitId() == null) return Optional.empty();
        return carrierOn(association.ownerUnitId(), date);
    }

    Unit entity(long id) { return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id)); }

    static java.util.Comparator<UnitSummary> order() { return VietnameseText.byName(u -> u.province() != null ? u.province() : u.shortName()); }
}
