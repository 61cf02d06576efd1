package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.organization.Lineage;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitNames;
import vn.vusta.thidua.organization.UnitSummary;

/** Read side of clusters: a year's clusters, one cluster, its history across years, who headed it when. */
@Service
@Transactional(readOnly = true)
public class ClusterQueries {
    private final ClusterYears clusters;
    private final Clusters identities;
    private final UnitCatalog units;
    private final Clock clock;

    private final UnitNames names;

    ClusterQueries(ClusterYears clusters, Clusters identities, UnitCatalog units, Clock clock, UnitNames names) {
        this.names = names;
        this.clock = clock;
        this.clusters = clusters;
        this.identities = identities;
        this.units = units;
    }

    public List<Integer> years() { return clusters.yearsOf(ClusterLevel.VUSTA, ClusterKind.CLUSTER); }

    /** The year to show by default: this year if it has clusters, else the latest earlier year that has. */
    public int defaultYear() { return defaultYear(years()); }

    private int defaultYear(List<Integer> years) {
        int now = LocalDate.now(clock).getYear();
        return years.stream().filter(y -> y <= now).reduce((a, b) -> b).orElseGet(() -> years.stream().findFirst().orElse(now));
    }

    /** A year's VUSTA clusters and blocks, the years there are, and since when the scheme stands: one read per page. */
    public record Overview(int year, List<Integer> years, int schemeSince, List<ClusterView> clusters, List<ClusterView> blocks) {}

    /** The overview of {@code year}, or of the default year when null (see {@link #defaultYear}). */
    public Overview overview(Integer requested) {
        var years = years();
        int year = requested != null ? requested : defaultYear(years);
        var all = views(clusters.findByYearAndLevelOrderByCode(year, ClusterLevel.VUSTA));
        return new Overview(year, years, schemeSince(year),
                all.stream().filter(c -> c.kind() == ClusterKind.CLUSTER).toList(),
                all.stream().filter(c -> c.kind() == ClusterKind.BLOCK).toList());
    }

    /**
     * The first year of the scheme in force in {@code year}: going back while every cluster had the same members
     * (2025 shows the scheme of 2022 until the office edits or regroups). One query for all years.
     */
    public int schemeSince(int year) {
        var byYear = new HashMap<Integer, Map<String, Set<Long>>>();
        for (Object[] row : clusters.schemesUpTo(year)) {
            byYear.computeIfAbsent((Integer) row[0], y -> new HashMap<>())
                    .computeIfAbsent((String) row[1], c -> new HashSet<>()).add((Long) row[2]);
        }
        var current = byYear.getOrDefault(year, Map.of());
        int since = year;
        while (!current.isEmpty() && current.equals(byYear.getOrDefault(since - 1, Map.of()))) since--;
        return since;
    }

    public List<ClusterView> ofYear(int year) { return views(clusters.vustaClusters(year)); }

    /** VUSTA's emulation blocks (khối) of a year, e.g. of national branch associations. */
    public List<ClusterView> blocksOfYear(int year) {
        return views(clusters.findByYearAndLevelAndKindOrderByCode(year, ClusterLevel.VUSTA, ClusterKind.BLOCK));
    }

    /**
     * The clusters (or blocks) a campaign covers: a year's clusters of one level and kind; for a provincial union's
     * internal clusters, only those the union owns.
     */
    public List<ClusterView> ofScope(int year, ClusterLevel level, ClusterKind kind, long ownerUnitId) {
        return views(clusters.findByYearAndLevelAndKindOrderByCode(year, level, kind).stream()
                .filter(c -> level != ClusterLevel.PROVINCIAL || Long.valueOf(ownerUnitId).equals(c.getOwnerUnitId())).toList());
    }

    /** Internal clusters and blocks a provincial union runs for its own member organisations. */
    public List<ClusterView> ownedBy(long unitId) { return views(clusters.findByOwnerUnitIdOrderByYearDescCode(unitId)); }

    public ClusterView get(long id) { return views(List.of(entity(id))).getFirst(); }

    /** The names of the clusters with these ids (any level), without members: two statements whatever their number. */
    public List<ClusterName> names(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        var found = clusters.findAllById(ids);
        var owners = units.byIds(found.stream().map(ClusterYear::getOwnerUnitId).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(c -> name(c, c.getOwnerUnitId() == null ? null : UnitRef.of(owners.get(c.getOwnerUnitId())))).toList();
    }

    /**
     * The cluster-years of {@code level} with this code in {@code year}, each with its owner: VUSTA's codes are unique,
     * a union's internal clusters' codes only within the union. One statement, two when an owner is to be named.
     */
    public List<ClusterName> namesByCode(String code, int year, ClusterLevel level) {
        var found = clusters.findByCodeAndYearAndLevel(code, year, level);
        var ownerIds = found.stream().map(ClusterYear::getOwnerUnitId).filter(Objects::nonNull).distinct().toList();
        var owners = ownerIds.isEmpty() ? Map.<Long, UnitSummary>of() : units.byIds(ownerIds);
        return found.stream().map(c -> name(c, c.getOwnerUnitId() == null ? null : UnitRef.of(owners.get(c.getOwnerUnitId())))).toList();
    }

    /**
     * One cluster-year's name, for pages that show a cluster but not its members: one statement for VUSTA's clusters,
     * two for an internal one (its owning union is named with it).
     */
    public Optional<ClusterName> name(long id) {
        return clusters.findById(id).map(c -> name(c, c.getOwnerUnitId() == null ? null : UnitRef.of(units.byIds(List.of(c.getOwnerUnitId())).get(c.getOwnerUnitId()))));
    }

    private static ClusterName name(ClusterYear c, UnitRef owner) {
        return new ClusterName(c.getId(), c.getCode(), c.getYear(), c.getName(), c.getLevel(), owner);
    }

    public Optional<ClusterView> byCode(String code, int year) { return clusters.findByCodeAndYear(code, year).map(c -> views(List.of(c)).getFirst()); }

    /** Every year of the cluster with this code, newest first: the rotation history. */
    public List<ClusterView> history(long clusterYearId) { return views(clusters.historyOfClusterWithId(clusterYearId)); }

    /** Who heads cluster {@code code} on {@code date} (heads serve for the calendar year). */
    public Optional<UnitRef> headOn(String code, LocalDate date) {
        var cluster = identities.find(ClusterLevel.VUSTA, null, code).orElseThrow(() -> new NotFoundException("cluster", code));
        return clusters.findByClusterIdAndYear(cluster.getId(), date.getYear()).map(ClusterYear::getHeadUnitId)
                .flatMap(id -> units.carrierOn(id, date)).map(UnitRef::of);
    }

    /** ClusterYears this unit heads or deputises, newest year first: the source of its officers' head rights. */
    public List<ClusterView> ledBy(long unitId) {
        var ids = selfAndAncestry(unitId);
        return views(clusters.findByHeadUnitIdInOrDeputyUnitIdInOrderByYearDesc(ids, ids));
    }

    /** The unit and every unit it was formed from: whose cluster roles it carries on. */
    public Set<Long> selfAndAncestry(long unitId) {
        var ids = new HashSet<Long>();
        ids.add(unitId);
        units.ancestry(unitId).forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** ClusterYears in the charge of this Presidium member's account, newest year first. */
    public List<ClusterView> supervisedBy(String username) { return views(clusters.findBySupervisorUsernameOrderByYearDesc(username)); }

    public record Membership(UnitRef unit, ClusterView cluster, String role) {}

    /** Cluster history of a unit and of the units it was formed from, newest year first. */
    public List<Membership> membershipsOf(long unitId) {
        var ids = new ArrayList<Long>();
        ids.add(unitId);
        units.ancestry(unitId).forEach(u -> ids.add(u.id()));
        var rows = clusters.membershipsOf(ids);
        var unitMap = units.byIds(ids);
        var viewById = new HashMap<Long, ClusterView>();
        views(rows.stream().map(ClusterMembership::getCluster).distinct().toList()).forEach(v -> viewById.put(v.id(), v));
        return rows.stream().map(m -> {
            var c = m.getCluster();
            String role = m.getUnitId().equals(c.getHeadUnitId()) ? "HEAD" : m.getUnitId().equals(c.getDeputyUnitId()) ? "DEPUTY" : "MEMBER";
            return new Membership(UnitRef.of(names.on(unitMap.get(m.getUnitId()), LocalDate.of(c.getYear(), 12, 31))),
                    viewById.get(c.getId()), role);
        }).sorted(Comparator.comparing((Membership m) -> -m.cluster().year())
                .thenComparing(VietnameseText.byName((Membership m) -> sortKey(unitMap.get(m.unit().id()))))).toList();
    }

    /** A cluster's year, shown with every year of the same cluster (its rotation history), in one read. */
    record Page(ClusterYear entity, ClusterView cluster, List<ClusterView> history) {}

    Page page(long id) {
        var years = clusters.historyOfClusterWithId(id);
        var entity = years.stream().filter(c -> c.getId() == id).findFirst().orElseThrow(() -> new NotFoundException("cluster", id));
        var history = views(years);
        return new Page(entity, history.stream().filter(v -> v.id() == id).findFirst().orElseThrow(), history);
    }

    /** The cluster's year with its members loaded (usable after the read transaction). */
    ClusterYear entity(long id) { return clusters.findWithMembersById(id).orElseThrow(() -> new NotFoundException("cluster", id)); }

    List<ClusterView> views(Collection<ClusterYear> list) {
        var ids = new HashSet<Long>();
        for (var c : list) {
            ids.addAll(c.memberIds());
            Stream.of(c.getHeadUnitId(), c.getDeputyUnitId(), c.getOwnerUnitId()).filter(Objects::nonNull).forEach(ids::add);
        }
        var lineage = units.lineage(ids);
        Map<Long, UnitSummary> unitMap = lineage.units();
        // every unit is named as it was named in that year (a name changed since then is not carried back)
        return list.stream().map(c -> new ClusterView(c.getId(), c.getCode(), c.getYear(), c.getName(), c.getKind(), c.getLevel(),
                ref(unitMap, c.getOwnerUnitId(), c.getYear()), c.isMembershipConfirmed(), c.getSourceNote(),
                c.getMembers().stream().map(m -> member(lineage, m, c.getYear()))
                        .sorted(VietnameseText.byName(m -> sortKey(unitMap.get(m.unit().id())))).toList(),
                ref(unitMap, c.getHeadUnitId(), c.getYear()), ref(unitMap, c.getDeputyUnitId(), c.getYear()), c.getSupervisorName(),
                c.getSupervisorUsername(),
                c.getLeadershipRef(), c.getLeadershipDate(), c.getLeadershipRecordedBy(), c.isLeadershipConfirmed(), c.getVersion())).toList();
    }

    /** A member; one that ended during the year shows who carries it on from the day after. */
    private ClusterView.Member member(Lineage lineage, ClusterMembership m, int year) {
        var yearEnd = LocalDate.of(year, 12, 31);
        var unit = names.on(lineage.unit(m.getUnitId()), yearEnd);
        if (unit.endedBy(yearEnd) && !unit.endedBy(LocalDate.of(year, 1, 1).minusDays(1))) {
            var from = unit.effectiveEnd().plusDays(1);
            var carrier = lineage.carrierOn(unit.id(), from);
            if (carrier.isPresent()) return new ClusterView.Member(UnitRef.of(unit), m.isConfirmed(), UnitRef.of(carrier.get()), from);
        }
        return new ClusterView.Member(UnitRef.of(unit), m.isConfirmed(), null, null);
    }

    static String sortKey(UnitSummary u) { return u.province() != null && !u.isAssociation() ? u.province() : u.shortName(); }

    private UnitRef ref(Map<Long, UnitSummary> map, Long id, int year) {
        return id == null ? null : UnitRef.of(names.on(map.get(id), LocalDate.of(year, 12, 31)));
    }
}
