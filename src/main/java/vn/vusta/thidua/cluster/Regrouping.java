package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;
import vn.vusta.thidua.organization.UnitType;

/**
 * Builds next year's VUSTA clusters from last year's: merged units are replaced by their successors, a successor
 * formed from units of different clusters is flagged for a decision, and the whole scheme is checked before it is
 * saved as new rows (earlier years are never touched).
 */
@Service
class Regrouping {
    private final Clusters clusters;
    private final UnitCatalog units;
    private final ClusterService clusterService;
    private final ActorContext actors;
    private final AuditTrail audit;

    Regrouping(Clusters clusters, UnitCatalog units, ClusterService clusterService, ActorContext actors, AuditTrail audit) {
        this.clusters = clusters;
        this.units = units;
        this.clusterService = clusterService;
        this.actors = actors;
        this.audit = audit;
    }

    enum Flag { NONE, MIXED_ORIGIN, NEW_UNIT }

    record Header(String code, String name) {}

    /** One unit of the new year: where it is proposed to go, and the clusters its predecessors were in. */
    record Row(UnitRef unit, String proposedCode, List<String> originCodes, List<UnitRef> formedFrom, Flag flag) {}

    record Draft(int year, int baseYear, boolean alreadyExists, List<Header> clusters, List<Row> rows) {}

    record Problem(String key, List<Object> args) {
        Problem(String key, Object... args) { this(key, List.of(args)); }
    }

    record Check(List<Problem> errors, List<Problem> warnings, Map<String, Integer> sizes) {
        public boolean ok() { return errors.isEmpty(); }
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional(readOnly = true)
    Draft draft(int year) {
        var base = clusters.vustaClusters(year - 1);
        if (base.isEmpty()) throw new BusinessRuleException("regrouping.noBaseYear", year - 1);
        boolean exists = !clusters.vustaClusters(year).isEmpty();
        var start = LocalDate.of(year, 1, 1);
        var origins = new HashMap<Long, List<String>>();     // new-year unit -> codes of last year's clusters it comes from
        var formedFrom = new HashMap<Long, List<UnitSummary>>();
        var namesake = new HashMap<Long, String>();           // code of the predecessor carrying the successor's own name
        for (var c : base) {
            for (long member : c.memberIds()) {
                units.carrierOn(member, start).ifPresent(carrier -> {
                    origins.computeIfAbsent(carrier.id(), k -> new ArrayList<>()).add(c.getCode());
                    var old = units.get(member);
                    if (old.id() != carrier.id()) formedFrom.computeIfAbsent(carrier.id(), k -> new ArrayList<>()).add(old);
                    if (Objects.equals(old.province(), carrier.province())) namesake.put(carrier.id(), c.getCode());
                });
            }
        }
        var rows = new ArrayList<Row>();
        for (var unit : units.existingOn(start, UnitType.PROVINCIAL_UNION)) {
            var codes = origins.getOrDefault(unit.id(), List.of());
            var distinct = codes.stream().distinct().sorted().toList();
            String proposed = distinct.isEmpty() ? null : namesake.getOrDefault(unit.id(), mostFrequent(codes));
            Flag flag = distinct.isEmpty() ? Flag.NEW_UNIT : distinct.size() > 1 ? Flag.MIXED_ORIGIN : Flag.NONE;
            var from = formedFrom.getOrDefault(unit.id(), List.of()).stream()
                    .sorted(VietnameseText.byName(ClusterQueries::sortKey)).map(UnitRef::of).toList();
            rows.add(new Row(UnitRef.of(unit), proposed, distinct, from, flag));
        }
        var headers = base.stream().map(c -> new Header(c.getCode(), c.getName())).toList();
        return new Draft(year, year - 1, exists, headers, rows);
    }

    /** Checks a scheme: every active provincial union in exactly one existing cluster. */
    @Transactional(readOnly = true)
    Check check(int year, Map<Long, String> assignment) {
        var draft = draft(year);
        var errors = new ArrayList<Problem>();
        var warnings = new ArrayList<Problem>();
        if (draft.alreadyExists()) errors.add(new Problem("regrouping.exists", year));
        Set<String> codes = draft.clusters().stream().map(Header::code).collect(Collectors.toSet());
        Set<Long> expected = draft.rows().stream().map(r -> r.unit().id()).collect(Collectors.toSet());
        for (var row : draft.rows()) {
            String code = assignment.get(row.unit().id());
            if (code == null || code.isBlank()) errors.add(new Problem("regrouping.unassigned", row.unit().shortName()));
            else if (!codes.contains(code)) errors.add(new Problem("regrouping.unknownCluster", row.unit().shortName(), code));
        }
        assignment.keySet().stream().filter(id -> !expected.contains(id)).forEach(id ->
                errors.add(new Problem("regrouping.notActive", units.find(id).map(UnitSummary::shortName).orElse("#" + id), year)));
        var sizes = new LinkedHashMap<String, Integer>();
        for (var h : draft.clusters()) {
            int size = (int) assignment.entrySet().stream().filter(e -> expected.contains(e.getKey()) && h.code().equals(e.getValue())).count();
            sizes.put(h.code(), size);
            if (size == 0) warnings.add(new Problem("regrouping.emptyCluster", h.name()));
        }
        return new Check(errors, warnings, sizes);
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    int save(int year, Map<Long, String> assignment, String decisionRef) {
        if (decisionRef == null || decisionRef.isBlank()) throw new BusinessRuleException("regrouping.refRequired");
        var check = check(year, assignment);
        if (!check.ok()) throw new BusinessRuleException(check.errors().getFirst().key(), check.errors().getFirst().args().toArray());
        var note = "Phương án năm " + year + " do Văn phòng lập từ phương án năm " + (year - 1) + "; căn cứ: " + decisionRef.trim();
        var scheme = new LinkedHashMap<String, Object>();
        int created = 0;
        for (var base : clusters.vustaClusters(year - 1)) {
            var memberIds = assignment.entrySet().stream().filter(e -> base.getCode().equals(e.getValue())).map(Map.Entry::getKey).toList();
            if (memberIds.isEmpty()) continue;
            var cluster = new Cluster(base.getCode(), year, base.getName(), base.getKind(), base.getLevel(), true, note);
            for (long id : memberIds) {
                clusterService.checkMayJoin(cluster, id);
                cluster.addMember(id, true);
            }
            clusters.save(cluster);
            scheme.put(base.getCode(), memberIds.stream().map(id -> units.get(id).code()).sorted().toList());
            created++;
        }
        clusters.flush();
        audit.record("CLUSTER_SCHEME_CREATED", "cluster-scheme", year, "Lập phương án cụm thi đua năm " + year + " (" + created + " cụm)",
                null, scheme);
        return created;
    }

    private static String mostFrequent(List<String> codes) {
        return codes.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting())).entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
