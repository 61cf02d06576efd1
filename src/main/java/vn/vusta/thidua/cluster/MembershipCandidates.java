package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** The units the office may add to a cluster's year: of the right kind, acting at some time that year, not yet in. */
@Component
class MembershipCandidates {
    private final UnitCatalog units;

    MembershipCandidates(UnitCatalog units) { this.units = units; }

    List<UnitSummary> forCluster(ClusterYear entity, ClusterView cluster) {
        var first = LocalDate.of(cluster.year(), 1, 1);
        var last = LocalDate.of(cluster.year(), 12, 31);
        return units.search(UnitCatalog.Criteria.all()).stream()
                .filter(u -> u.existsOn(first) || u.existsOn(last) || (u.validFrom() != null && !u.validFrom().isAfter(last) && !u.endedBy(first)))
                .filter(u -> MembershipRules.typeRefusal(entity, u).isEmpty())
                .filter(u -> cluster.members().stream().noneMatch(m -> m.unit().id() == u.id()))
                .toList();
    }
}
