package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;
import vn.vusta.thidua.organization.UnitType;

/** The units the office (or a union, to its internal cluster) may add to a cluster's year: of the right kind, acting at some time that year, not yet in. */
@Component
class MembershipCandidates {
    private final UnitCatalog units;

    MembershipCandidates(UnitCatalog units) { this.units = units; }

    List<UnitSummary> forCluster(ClusterYear entity, ClusterView cluster) {
        var first = LocalDate.of(cluster.year(), 1, 1);
        var last = LocalDate.of(cluster.year(), 12, 31);
        var criteria = switch (entity.getLevel()) {       // read only the kind of unit the cluster takes
            case PROVINCIAL -> new UnitCatalog.Criteria(null, UnitType.MEMBER_ASSOCIATION, null, null, entity.getOwnerUnitId());
            case CENTRAL -> new UnitCatalog.Criteria(null, UnitType.VUSTA, null, null);
            case VUSTA -> entity.getKind() == ClusterKind.CLUSTER ? new UnitCatalog.Criteria(null, UnitType.PROVINCIAL_UNION, null, null)
                    : UnitCatalog.Criteria.all();
        };
        return units.search(criteria).stream()
                .filter(u -> u.existsOn(first) || u.existsOn(last) || (u.validFrom() != null && !u.validFrom().isAfter(last) && !u.endedBy(first)))
                .filter(u -> MembershipRules.typeRefusal(entity, u).isEmpty())
                .filter(u -> cluster.members().stream().noneMatch(m -> m.unit().id() == u.id()))
                .toList();
    }
}
