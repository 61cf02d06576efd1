package vn.vusta.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.identity.Actor;

/**
 * The clusters a campaign covers: its year's clusters of its level and kind (a union's campaign: the union's own
 * internal clusters of that year), with members, head and deputy, read through {@link ClusterQueries}.
 */
@Component
public class CampaignClusters {
    private final ClusterQueries clusters;

    CampaignClusters(ClusterQueries clusters) { this.clusters = clusters; }

    public List<ClusterView> of(Campaign c) {
        if (c.getLevel() == ClusterLevel.PROVINCIAL) {
            return clusters.ownedBy(c.getOwnerUnitId()).stream()
                    .filter(v -> v.year() == c.getYear() && v.kind() == c.getKind()).toList();
        }
        return c.getKind() == ClusterKind.BLOCK ? clusters.blocksOfYear(c.getYear()) : clusters.ofYear(c.getYear());
    }

    /** Whether the cluster's year belongs to this campaign. */
    public static boolean covers(Campaign c, ClusterView v) {
        if (v.year() != c.getYear() || v.level() != c.getLevel() || v.kind() != c.getKind()) return false;
        return c.getLevel() != ClusterLevel.PROVINCIAL || v.owner() != null && v.owner().id() == c.getOwnerUnitId();
    }

    public Optional<ClusterView> cluster(Campaign c, long clusterId) {
        try {
            var v = clusters.get(clusterId);
            return covers(c, v) ? Optional.of(v) : Optional.empty();
        } catch (vn.vusta.thidua.common.NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The cluster in which this unit competes: as a member, or as the carrier of a member merged away in the year. */
    public static Optional<ClusterView> clusterOfUnit(List<ClusterView> clusters, long unitId) {
        return clusters.stream().filter(v -> v.members().stream().anyMatch(m -> m.unit().id() == unitId)).findFirst()
                .or(() -> clusters.stream().filter(v -> v.members().stream()
                        .anyMatch(m -> m.carrier() != null && m.carrier().id() == unitId)).findFirst());
    }

    /** Whether the actor is the officer of a member of this cluster (or of the unit carrying a member on). */
    public static boolean actsForMember(Actor actor, ClusterView v) {
        return v.members().stream().anyMatch(m -> actor.actsFor(m.unit().id()) || m.carrier() != null && actor.actsFor(m.carrier().id()));
    }
}
