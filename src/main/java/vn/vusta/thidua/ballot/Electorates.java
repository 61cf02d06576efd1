package vn.vusta.thidua.ballot;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.identity.ActorContext;

/** The units that vote on a new ballot, and who is creating it. */
@Component
class Electorates {
    private final ClusterQueries clusters;
    private final ActorContext actors;

    Electorates(ClusterQueries clusters, ActorContext actors) {
        this.clusters = clusters;
        this.actors = actors;
    }

    /** The units named in the spec; none named: every member unit of the cluster's year (the carrier of a merged one). */
    List<Long> of(BallotSpec spec) {
        if (!spec.electorateUnitIds().isEmpty()) return spec.electorateUnitIds().stream().distinct().toList();
        if (spec.clusterId() == null) throw new BusinessRuleException("ballot.spec.electorate");
        return clusters.get(spec.clusterId()).members().stream()
                .map(m -> m.carrier() != null ? m.carrier().id() : m.unit().id()).distinct().toList();
    }

    String actorName() {
        var actor = actors.current();
        return actor.isAuthenticated() ? actor.username() : "system";
    }
}
