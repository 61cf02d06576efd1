package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Saves a checked regrouping plan as the year's clusters: new clusters are created, renamed ones take their new name
 * from this year on, emptied ones end (merged into the cluster that took all their units, else dissolved). A plan that
 * was saved before is revised in place (members moved, heads kept) until a campaign uses it. Earlier years are never
 * touched. Audited as one entry.
 */
@Service
class RegroupingPlans {
    private final Regrouping regrouping;
    private final ClusterYears years;
    private final Clusters clusters;
    private final UnitCatalog units;
    private final AuditTrail audit;

    RegroupingPlans(Regrouping regrouping, ClusterYears years, Clusters clusters, UnitCatalog units,
                    AuditTrail audit) {
        this.regrouping = regrouping;
        this.years = years;
        this.clusters = clusters;
        this.units = units;
        this.audit = audit;
    }

    @PreAuthorize("@clusterPolicy.mayManage()")
    @Transactional
    int save(int year, Regrouping.Plan plan, String decisionRef) {
        if (decisionRef == null || decisionRef.isBlank()) throw new BusinessRuleException("regrouping.refRequired");
        var draft = regrouping.draft(year);
        var check = regrouping.check(draft, plan);
        if (!check.ok()) throw new BusinessRuleException(check.errors().getFirst().key(), check.errors().getFirst().args().toArray());
        var headers = regrouping.headers(draft, plan, new ArrayList<>());
        var note = "Phương án năm " + year + " do Văn phòng lập từ phương án năm " + (year - 1) + "; căn cứ: " + decisionRef.trim();
        var byCode = new LinkedHashMap<String, List<Long>>();
        plan.assignment().forEach((unit, code) -> byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(unit));
        var saved = years.vustaClusters(year).stream().collect(Collectors.toMap(ClusterYear::getCode, c -> c));
        var before = scheme(saved.values().stream().toList());

        // 1. members leave the saved clusters first (a unit is in one cluster of a level in a year)
        for (var row : saved.values()) {
            var keep = new HashSet<>(byCode.getOrDefault(row.getCode(), List.of()));
            for (long member : row.memberIds()) if (!keep.contains(member)) row.removeMember(member);
            if (keep.isEmpty()) {
                if (row.getHeadUnitId() != null) throw new BusinessRuleException("regrouping.dissolveLed", row.getName(), year);
                years.delete(row);
            }
        }
        years.flush();
        // 2. each cluster with members: found or created, named, filled
        var identityOf = new HashMap<String, Cluster>();
        for (var h : headers) {
            var members = byCode.getOrDefault(h.code(), List.of());
            if (members.isEmpty()) continue;
            var cluster = clusters.find(ClusterLevel.VUSTA, null, h.code())
                    .orElseGet(() -> clusters.save(new Cluster(h.code(), plan.nameOf(h), ClusterKind.CLUSTER, ClusterLevel.VUSTA, null, year)));
            cluster.continueFrom(year);
            if (!cluster.getName().equals(plan.nameOf(h))) cluster.rename(plan.nameOf(h));
            identityOf.put(h.code(), clusters.saveAndFlush(cluster));
            var row = saved.containsKey(h.code()) ? saved.get(h.code()) : new ClusterYear(cluster, year, plan.nameOf(h), true, note);
            if (!row.getName().equals(plan.nameOf(h))) row.rename(plan.nameOf(h));
            for (long id : members) if (!row.hasMember(id)) row.addMember(id, true);
            years.save(row);
        }
        // 3. last year's clusters that got no year: merged (all their units went to one cluster) or dissolved
        var start = LocalDate.of(year, 1, 1);
        var ended = new LinkedHashMap<String, String>();
        for (var old : years.vustaClusters(year - 1)) {
            if (identityOf.containsKey(old.getCode())) continue;
            var lineage = units.lineage(old.memberIds());
            var targets = old.memberIds().stream().map(m -> lineage.carrierOn(m, start).map(u -> plan.assignment().get(u.id())).orElse(null))
                    .collect(Collectors.toSet());
            var into = targets.size() == 1 && !targets.contains(null) ? identityOf.get(targets.iterator().next()) : null;
            clusters.findById(old.getClusterId()).ifPresent(c -> c.end(year - 1, into == null ? null : into.getId()));
            ended.put(old.getCode(), into == null ? "DISSOLVED" : "MERGED_INTO " + into.getCode());
        }
        years.flush();
        var after = new LinkedHashMap<String, Object>(scheme(years.vustaClusters(year)));
        after.put("ended", ended);
        after.put("decisionRef", decisionRef.trim());
        audit.record(saved.isEmpty() ? "CLUSTER_SCHEME_CREATED" : "CLUSTER_SCHEME_REVISED", "cluster-scheme", year,
                (saved.isEmpty() ? "Lập" : "Sửa") + " phương án cụm thi đua năm " + year + " (" + identityOf.size() + " cụm)",
                saved.isEmpty() ? null : before, after);
        return identityOf.size();
    }

    private Map<String, Object> scheme(List<ClusterYear> rows) {
        var ids = rows.stream().flatMap(r -> r.memberIds().stream()).collect(Collectors.toSet());
        var names = units.byIds(ids);
        var result = new LinkedHashMap<String, Object>();
        rows.forEach(r -> result.put(r.getCode(), Map.of("name", r.getName(),
                "members", r.memberIds().stream().map(id -> names.get(id).code()).sorted().toList())));
        return result;
    }
}
