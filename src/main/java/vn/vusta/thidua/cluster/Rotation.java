package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.organization.Lineage;
import vn.vusta.thidua.organization.UnitCatalog;

/** Builds the rotation proposal for a cluster's year from the data of the earlier years. */
@Service
@Transactional(readOnly = true)
class Rotation {
    private final ClusterYears clusters;
    private final ClusterQueries queries;
    private final UnitCatalog units;

    Rotation(ClusterYears clusters, ClusterQueries queries, UnitCatalog units) {
        this.clusters = clusters;
        this.queries = queries;
        this.units = units;
    }

    RotationPolicy.Proposal propose(long clusterId) {
        var cluster = queries.entity(clusterId);
        int year = cluster.getYear();
        var startOfYear = LocalDate.of(year, 1, 1);
        List<Long> members = queries.views(List.of(cluster)).getFirst().members().stream().map(m -> m.unit().id()).toList();
        var earlier = clusters.findByLevelAndYearLessThan(cluster.getLevel(), year);
        var ids = new HashSet<>(members);
        earlier.forEach(c -> { if (c.getHeadUnitId() != null) ids.add(c.getHeadUnitId()); if (c.getDeputyUnitId() != null) ids.add(c.getDeputyUnitId()); });
        var lineage = units.lineage(ids);
        var previous = earlier.stream().filter(c -> c.getClusterId().equals(cluster.getClusterId()) && c.getYear() == year - 1).findFirst();
        Optional<Long> previousDeputy = previous.map(ClusterYear::getDeputyUnitId)
                .flatMap(id -> lineage.carrierOn(id, startOfYear)).map(u -> u.id());
        var unknownYears = earlier.stream().filter(c -> c.getClusterId().equals(cluster.getClusterId()) && c.getHeadUnitId() == null)
                .map(ClusterYear::getYear).distinct().toList();
        return RotationPolicy.propose(members, previousDeputy, lastLed(members, earlier, lineage), unknownYears);
    }

    /** Last year before the cluster's in which each member, or a unit it was formed from, headed a cluster of the level. */
    private static Map<Long, Integer> lastLed(List<Long> members, List<ClusterYear> earlier, Lineage lineage) {
        var headedIn = new HashMap<Long, Integer>();
        for (var c : earlier) {
            if (c.getHeadUnitId() != null) headedIn.merge(c.getHeadUnitId(), c.getYear(), Math::max);
        }
        var result = new HashMap<Long, Integer>();
        for (long member : members) {
            var line = new HashSet<Long>();
            line.add(member);
            lineage.ancestry(member).forEach(u -> line.add(u.id()));
            line.stream().map(headedIn::get).filter(y -> y != null).max(Integer::compare).ifPresent(y -> result.put(member, y));
        }
        return result;
    }
}
