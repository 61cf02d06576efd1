package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.Role;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/**
 * The "my work" panel of the home page: what the signed-in account can do now. A unit officer sees its unit, this
 * year's clusters of that unit with its role, and the clusters whose head and deputy it may record; the office sees
 * what is still missing for this year; a Presidium member the clusters in its charge. Built from a few queries per
 * year, never one per cluster listed.
 */
@Component
class MyWork {
    private final ClusterQueries queries;
    private final ClusterYears clusters;
    private final ClusterAuthority authority;
    private final UnitCatalog units;
    private final Clock clock;

    MyWork(ClusterQueries queries, ClusterYears clusters, ClusterAuthority authority, UnitCatalog units, Clock clock) {
        this.queries = queries;
        this.clusters = clusters;
        this.authority = authority;
        this.units = units;
        this.clock = clock;
    }

    /** A cluster of this year in which the account's unit takes part, with its role there (HEAD, DEPUTY, MEMBER). */
    record Duty(ClusterView cluster, String role) {}

    /** A cluster whose head and deputy this account may record; {@code recorded} once someone did. */
    record Recording(ClusterView cluster, boolean recorded) {}

    record Panel(Actor actor, int year, UnitSummary unit, UnitCatalog.LineageLink mergedInto, List<Duty> duties,
                 List<Recording> recordings, List<ClusterView> supervised, boolean planMissing,
                 List<ClusterView> withoutHead) {
        public boolean isEmpty() {
            return duties.isEmpty() && recordings.isEmpty() && supervised.isEmpty() && !planMissing && withoutHead.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    Panel of(Actor actor) {
        if (!actor.isAuthenticated()) return null;
        int year = LocalDate.now(clock).getYear();
        var thisYear = queries.ofYear(year);
        UnitSummary unit = null;
        UnitCatalog.LineageLink mergedInto = null;
        List<Duty> duties = List.of();
        List<Recording> recordings = List.of();
        if (actor.unitId() != null) {
            unit = units.find(actor.unitId()).orElse(null);
            if (unit != null && unit.validTo() != null && unit.validTo().isBefore(LocalDate.now(clock))) {
                mergedInto = units.successor(unit.id()).orElse(null);
            }
            duties = dutiesOf(actor.unitId(), thisYear);
            recordings = recordingsOf(actor, year);
        }
        List<ClusterView> supervised = actor.has(Role.PRESIDIUM_MEMBER)
                ? queries.supervisedBy(actor.username()).stream().filter(c -> c.year() >= year).toList() : List.of();
        boolean planMissing = actor.isOffice() && thisYear.isEmpty();
        List<ClusterView> withoutHead = actor.isOffice() ? thisYear.stream().filter(c -> c.head() == null).toList() : List.of();
        return new Panel(actor, year, unit, mergedInto, duties, recordings, supervised, planMissing, withoutHead);
    }

    private static List<Duty> dutiesOf(long unitId, List<ClusterView> thisYear) {
        var result = new ArrayList<Duty>();
        for (var c : thisYear) {
            if (c.head() != null && c.head().id() == unitId) result.add(new Duty(c, "HEAD"));
            else if (c.deputy() != null && c.deputy().id() == unitId) result.add(new Duty(c, "DEPUTY"));
            else if (c.members().stream().anyMatch(m -> m.unit().id() == unitId)) result.add(new Duty(c, "MEMBER"));
        }
        return result;
    }

    /**
     * ClusterYears of this year and next whose leadership this account may record: the head of the year before records
     * the head elected for the year. Candidates are the clusters whose previous-year head was this unit or one of the
     * units it was formed from; {@link ClusterAuthority} has the final word on each (it is what the form enforces).
     */
    private List<Recording> recordingsOf(Actor actor, int year) {
        Set<Long> lineage = new HashSet<>();
        lineage.add(actor.unitId());
        units.ancestry(actor.unitId()).forEach(u -> lineage.add(u.id()));
        var candidates = new ArrayList<ClusterYear>();
        var current = clusters.vustaClusters(year);
        var previous = headsByCode(clusters.vustaClusters(year - 1));
        var currentHeads = headsByCode(current);
        var next = clusters.vustaClusters(year + 1);
        current.stream().filter(c -> Optional.ofNullable(previous.get(c.getCode())).filter(lineage::contains).isPresent()).forEach(candidates::add);
        next.stream().filter(c -> Optional.ofNullable(currentHeads.get(c.getCode())).filter(lineage::contains).isPresent()).forEach(candidates::add);
        var allowed = candidates.stream().filter(c -> authority.mayRecordLeadership(actor, c)).toList();
        return queries.views(allowed).stream().map(v -> new Recording(v, v.head() != null)).toList();
    }

    private static Map<String, Long> headsByCode(List<ClusterYear> list) {
        return list.stream().filter(c -> c.getHeadUnitId() != null)
                .collect(Collectors.toMap(ClusterYear::getCode, ClusterYear::getHeadUnitId, (a, b) -> a));
    }
}
