package vn.vusta.thidua.cluster;

import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * Head rights are derived from the data, never granted by hand: an officer of the unit that heads a cluster in a
 * year has head rights in that cluster for that year. The outgoing head records who was elected for the next year.
 */
@Component
public class ClusterAuthority {
    private final ActorContext actors;
    private final Clusters clusters;
    private final UnitCatalog units;

    ClusterAuthority(ActorContext actors, Clusters clusters, UnitCatalog units) {
        this.actors = actors;
        this.clusters = clusters;
        this.units = units;
    }

    /** Whether the actor acts for the head unit of this cluster in its year. */
    boolean hasHeadRights(Actor actor, Cluster cluster) {
        return cluster.getHeadUnitId() != null && actor.actsFor(cluster.getHeadUnitId());
    }

    /** Head rights of the current actor in the cluster with this id (false for anyone else, or no login). */
    public boolean currentHasHeadRights(long clusterId) {
        var actor = actors.current();
        return clusters.findById(clusterId).map(c -> hasHeadRights(actor, c)).orElse(false);
    }

    /**
     * The VUSTA office, or the head of the previous year (who chairs the summary that elects this year's head); when
     * that head unit has since merged, the unit that carries it on at the start of this year.
     */
    boolean mayRecordLeadership(Actor actor, Cluster cluster) {
        if (actor.isAdmin()) return true;
        if (actor.unitId() == null) return false;
        return clusters.findByCodeAndYear(cluster.getCode(), cluster.getYear() - 1)
                .map(Cluster::getHeadUnitId)
                .filter(head -> actor.actsFor(head) || units.carrierOn(head, LocalDate.of(cluster.getYear(), 1, 1))
                        .map(carrier -> actor.actsFor(carrier.id())).orElse(false))
                .isPresent();
    }

    Actor requireRecordLeadership(Cluster cluster) {
        var actor = actors.current();
        if (!mayRecordLeadership(actor, cluster)) throw new AccessDeniedException("may not record the leadership of this cluster");
        return actor;
    }
}
