package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;
import vn.vusta.thidua.organization.UnitType;

/**
 * The draft of a year's VUSTA clusters and its check: merged units are replaced by their successors, a successor
 * formed from units of different clusters (or a new unit) must be placed by an explicit decision, clusters may be
 * added, renamed and emptied (dissolved, or merged when all their units go to one cluster), and clusters smaller than
 * the configured minimum are warned about. A saved plan is reopened the same way ({@link RegroupingPlans} saves).
 */
@Service
class Regrouping {
    private final ClusterYears years;
    private final UnitCatalog units;
    private final List<ClusterSchemeUsage> usages;
    private final int minimumSize;

    Regrouping(ClusterYears years, UnitCatalog units, List<ClusterSchemeUsage> usages,
               @Value("${thidua.clusters.minimum-size:4}") int minimumSize) {
        this.years = years;
        this.units = units;
        this.usages = usages;
        this.minimumSize = minimumSize;
    }

    enum Flag { NONE, MIXED_ORIGIN, NEW_UNIT }

    record Header(String code, String name, boolean added) {}

    /** One unit of the new year: where it is proposed to go (never for a flagged unit), and where it comes from. */
    record Row(UnitRef unit, String proposedCode, List<String> originCodes, List<UnitRef> formedFrom, Flag flag) {}

    /** {@code alreadyExists}: the year has a saved plan, shown as saved (reopened); {@code locked}: a campaign uses it. */
    record Draft(int year, int baseYear, boolean alreadyExists, boolean locked, List<Header> clusters, List<Row> rows) {}

    /** What the office decided: a cluster for each unit, names for the year, clusters added. */
    record Plan(Map<Long, String> assignment, Map<String, String> names, List<Header> added) {
        Plan(Map<Long, String> assignment) { this(assignment, Map.of(), List.of()); }

        public String nameOf(Header h) {
            var name = names.get(h.code());
            return name == null || name.isBlank() ? h.name() : name.trim();
        }
    }

    record Problem(String key, List<Object> args) {
        Problem(String key, Object... args) { this(key, List.of(args)); }
    }

    record Check(List<Problem> errors, List<Problem> warnings, Map<String, Integer> sizes) {
        public boolean ok() { return errors.isEmpty(); }
    }

    int minimumSize() { return minimumSize; }

    boolean locked(int year) { return usages.stream().anyMatch(u -> u.usesSchemeOf(year)); }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional(readOnly = true)
    Draft draft(int year) {
        var base = years.vustaClusters(year - 1);
        if (base.isEmpty()) throw new BusinessRuleException("regrouping.noBaseYear", year - 1);
        var saved = years.vustaClusters(year);
        var start = LocalDate.of(year, 1, 1);
        var lineage = units.lineage(base.stream().flatMap(c -> c.memberIds().stream()).collect(Collectors.toSet()));
        var origins = new HashMap<Long, List<String>>();     // new-year unit -> codes of last year's clusters it comes from
        var formedFrom = new HashMap<Long, List<UnitSummary>>();
        for (var c : base) {
            for (long member : c.memberIds()) {
                lineage.carrierOn(member, start).ifPresent(carrier -> {
                    origins.computeIfAbsent(carrier.id(), k -> new ArrayList<>()).add(c.getCode());
                    if (member != carrier.id()) formedFrom.computeIfAbsent(carrier.id(), k -> new ArrayList<>()).add(lineage.unit(member));
                });
            }
        }
        var savedCode = new HashMap<Long, String>();
        saved.forEach(c -> c.memberIds().forEach(m -> savedCode.put(m, c.getCode())));
        var rows = new ArrayList<Row>();
        for (var unit : units.existingOn(start, UnitType.PROVINCIAL_UNION)) {
            var distinct = origins.getOrDefault(unit.id(), List.of()).stream().distinct().sorted().toList();
            Flag flag = distinct.isEmpty() ? Flag.NEW_UNIT : distinct.size() > 1 ? Flag.MIXED_ORIGIN : Flag.NONE;
            String proposed = !saved.isEmpty() ? savedCode.get(unit.id()) : flag == Flag.NONE ? distinct.getFirst() : null;
            var from = formedFrom.getOrDefault(unit.id(), List.of()).stream()
                    .sorted(VietnameseText.byName(ClusterQueries::sortKey)).map(UnitRef::of).toList();
            rows.add(new Row(UnitRef.of(unit), proposed, distinct, from, flag));
        }
        var headers = new LinkedHashMap<String, Header>();
        saved.forEach(c -> headers.put(c.getCode(), new Header(c.getCode(), c.getName(), false)));
        base.forEach(c -> headers.putIfAbsent(c.getCode(), new Header(c.getCode(), c.getName(), false)));
        return new Draft(year, year - 1, !saved.isEmpty(), !saved.isEmpty() && locked(year), List.copyOf(headers.values()), rows);
    }

    /** Checks a plan: every active provincial union in exactly one cluster, flagged units decided, sizes warned. */
    @Transactional(readOnly = true)
    Check check(int year, Plan plan) { return check(draft(year), plan); }

    Check check(Draft draft, Plan plan) {
        var errors = new ArrayList<Problem>();
        var warnings = new ArrayList<Problem>();
        if (draft.locked()) errors.add(new Problem("regrouping.inUse", draft.year()));
        var headers = headers(draft, plan, errors);
        Set<String> codes = headers.stream().map(Header::code).collect(Collectors.toSet());
        Set<Long> expected = draft.rows().stream().map(r -> r.unit().id()).collect(Collectors.toSet());
        var assignment = plan.assignment();
        for (var row : draft.rows()) {
            String code = assignment.get(row.unit().id());
            if (code == null || code.isBlank()) {
                errors.add(row.flag() == Flag.NONE ? new Problem("regrouping.unassigned", row.unit().shortName())
                        : new Problem("regrouping.undecided", row.unit().shortName(), String.join(", ", row.originCodes())));
            } else if (!codes.contains(code)) {
                errors.add(new Problem("regrouping.unknownCluster", row.unit().shortName(), code));
            }
        }
        assignment.keySet().stream().filter(id -> !expected.contains(id)).forEach(id ->
                errors.add(new Problem("regrouping.notActive", "#" + id, draft.year())));
        var sizes = new LinkedHashMap<String, Integer>();
        for (var h : headers) {
            int size = (int) assignment.entrySet().stream().filter(e -> expected.contains(e.getKey()) && h.code().equals(e.getValue())).count();
            sizes.put(h.code(), size);
            if (size == 0) warnings.add(new Problem("regrouping.emptyCluster", plan.nameOf(h)));
            else if (size < minimumSize) warnings.add(new Problem("regrouping.small", plan.nameOf(h), size, minimumSize));
        }
        return new Check(errors, warnings, sizes);
    }

    /** The clusters a plan may use: the draft's and the ones the office added (valid, new codes only). */
    List<Header> headers(Draft draft, Plan plan, List<Problem> errors) {
        var result = new ArrayList<>(draft.clusters());
        for (var h : plan.added()) {
            String code = h.code() == null ? "" : h.code().trim().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("[A-Z0-9._-]{2,40}")) errors.add(new Problem("cluster.code.invalid"));
            else if (h.name() == null || h.name().isBlank()) errors.add(new Problem("regrouping.newName.required", code));
            else if (result.stream().anyMatch(x -> x.code().equals(code))) errors.add(new Problem("regrouping.newCode.taken", code));
            else result.add(new Header(code, h.name().trim(), true));
        }
        return result;
    }
}
