package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.organization.UnitCatalog;

/** Builds the rotation proposal for a cluster's year from the data of the earlier years. */
@Service
@Transactional(readOnly = true)
class Rotation {
    private final Clusters clusters;
    private final ClusterQueries queries;
    private final UnitCatalog units;

    Rotation(Clusters clusters, ClusterQueries queries, UnitCatalog units) {
        this.clusters = clusters;
        this.queries = queries;
        this.units = units;
    }

    RotationPolicy.Proposal propose(long clusterId) {
        var cluster = queries.entity(clusterId);
        int year = cluster.getYear();
        var startOfYear = LocalDate.of(year, 1, 1);
        List<Long> members = queries.get(clusterId).members().stream().map(m -> m.unit().id()).toList();
        Optional<Long> previousDeputy = clusters.findByCodeAndYear(cluster.getCode(), year - 1)
                .map(Cluster::getDeputyUnitId)
                .flatMap(id -> units.carrierOn(id, startOfYear))
                .map(u -> u.id());
        return RotationPolicy.propose(members, previousDeputy, lastLed(members, cluster.getLevel(), year));
    }

    /** Last year before {@code year} in which each member, or a unit it was formed from, headed a cluster of the level. */
    private Map<Long, Integer> lastLed(List<Long> members, ClusterLevel level, int year) {
        var headedIn = new HashMap<Long, Integer>();
        for (var c : clusters.findByLevelAndYearLessThan(level, year)) {
            if (c.getHeadUnitId() != null) headedIn.merge(c.getHeadUnitId(), c.getYear(), Math::max);
        }
        var result = new HashMap<Long, Integer>();
        for (long member : members) {
            var lineage = new HashSet<Long>();
            lineage.add(member);
            units.ancestry(member).forEach(u -> lineage.add(u.id()));
            lineage.stream().map(headedIn::get).filter(y -> y != null).max(Integer::compare)
                    .ifPresent(y -> result.put(member, y));
        }
        return result;
    }
}
