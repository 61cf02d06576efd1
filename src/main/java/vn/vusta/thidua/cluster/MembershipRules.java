package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;
import vn.vusta.thidua.organization.UnitType;

/** Who may join a cluster's year: every way into a cluster goes through these rules. */
@Component
class MembershipRules {
    private final ClusterYears years;
    private final UnitCatalog units;

    MembershipRules(ClusterYears years, UnitCatalog units) {
        this.years = years;
        this.units = units;
    }

    /**
     * Which kinds of unit a cluster takes: the Central Council's cluster records VUSTA; VUSTA clusters take provincial
     * unions, VUSTA blocks the associations and affiliated units; a union's internal clusters its member associations
     * (the union organises them and is not a member: domain.md §3, "Provincial" level).
     */
    static Optional<String> typeRefusal(ClusterYear cluster, UnitSummary unit) {
        return switch (cluster.getLevel()) {
            case CENTRAL -> unit.type() == UnitType.VUSTA ? Optional.empty() : Optional.of("cluster.member.notForCentral");
            case VUSTA -> cluster.getKind() == ClusterKind.CLUSTER
                    ? unit.type() == UnitType.PROVINCIAL_UNION ? Optional.empty() : Optional.of("cluster.member.notProvincialUnion")
                    : unit.type() == UnitType.NATIONAL_ASSOCIATION || unit.type() == UnitType.AFFILIATED_UNIT
                            ? Optional.empty() : Optional.of("cluster.member.notAssociation");
            case PROVINCIAL -> unit.type() == UnitType.MEMBER_ASSOCIATION ? Optional.empty() : Optional.of("cluster.member.notForProvincial");
        };
    }

    /**
     * A union's internal cluster takes only its own member associations: registered under the union, or under a union
     * it carries on since a merger (Hải Dương's associations join the new Hải Phòng's clusters, never another's).
     */
    private void checkOwnAssociation(ClusterYear cluster, UnitSummary association) {
        var owner = cluster.getOwnerUnitId();
        if (owner != null && (association.ownerUnitId().equals(owner) || units.selfAndAncestry(owner).contains(association.ownerUnitId()))) return;
        var union = owner == null ? "" : units.get(owner).shortName();
        throw new BusinessRuleException("cluster.member.notOwnAssociation", association.shortName(), union);
    }

    /**
     * The unit is of the cluster's kind, acts during the cluster's year, is in no other cluster of the level that year,
     * and neither is a unit of its lineage (in the merger year a successor and its predecessor never both count).
     */
    void checkMayJoin(ClusterYear cluster, long unitId) {
        var lineage = units.lineage(List.of(unitId));
        var unit = lineage.unit(unitId);
        if (unit == null) throw new NotFoundException("unit", unitId);
        int year = cluster.getYear();
        typeRefusal(cluster, unit).ifPresent(key -> { throw new BusinessRuleException(key, unit.shortName()); });
        if (cluster.getLevel() == ClusterLevel.PROVINCIAL) checkOwnAssociation(cluster, unit);
        var end = unit.effectiveEnd();
        if (end != null && end.isBefore(LocalDate.of(year, 1, 1))) {
            var successor = lineage.successor(unitId);
            if (successor.isPresent()) {
                throw new BusinessRuleException("cluster.member.mergedAway", unit.shortName(), successor.get().shortName(),
                        end.plusDays(1), year);
            }
            throw new BusinessRuleException("cluster.member.ended", unit.shortName(), end, year);
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(LocalDate.of(year, 12, 31))) {
            throw new BusinessRuleException("cluster.member.notYetFormed", unit.shortName(), unit.validFrom(), year);
        }
        years.membershipOf(unitId, year, cluster.getLevel())
                .filter(m -> !m.getCluster().getId().equals(cluster.getId()))
                .ifPresent(m -> {
                    throw new BusinessRuleException("cluster.member.inOtherCluster", unit.shortName(), m.getCluster().getName(), year);
                });
        var relatives = new HashSet<Long>();
        lineage.ancestry(unitId).forEach(u -> relatives.add(u.id()));
        var next = lineage.successor(unitId);
        while (next.isPresent() && relatives.add(next.get().id())) next = lineage.successor(next.get().id());
        if (relatives.isEmpty()) return;
        years.membershipsOf(relatives).stream()
                .filter(m -> m.getYear() == year && m.getCluster().getLevel() == cluster.getLevel())
                .findFirst()
                .ifPresent(m -> {
                    throw new BusinessRuleException("cluster.member.lineageInCluster", unit.shortName(),
                            lineage.unit(m.getUnitId()).shortName(), m.getCluster().getName(), year);
                });
    }
}
