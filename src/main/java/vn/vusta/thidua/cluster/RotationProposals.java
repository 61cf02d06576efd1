package vn.vusta.thidua.cluster;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rotation proposal for the year after a cluster's year, for other modules (the year-end summary's ballots). */
@Service
@Transactional(readOnly = true)
public class RotationProposals {
    private final Rotation rotation;
    private final ClusterYears clusters;

    RotationProposals(Rotation rotation, ClusterYears clusters) {
        this.rotation = rotation;
        this.clusters = clusters;
    }

    /** The units proposed as head and deputy (either may be null), and the next year's cluster-year id. */
    public record Proposal(long nextClusterId, Long headUnitId, Long deputyUnitId) {}

    /** The proposal for the year after cluster-year {@code clusterYearId}; empty when that year has no row yet. */
    public Optional<Proposal> forNextYear(long clusterYearId) {
        return clusters.findById(clusterYearId)
                .flatMap(c -> clusters.findByClusterIdAndYear(c.getClusterId(), c.getYear() + 1))
                .map(next -> {
                    var p = rotation.propose(next.getId());
                    return new Proposal(next.getId(), p.head() == null ? null : p.head().unitId(), p.deputy() == null ? null : p.deputy().unitId());
                });
    }
}
