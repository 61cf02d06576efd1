package vn.vusta.thidua.ballot;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.PublishedScores;
import vn.vusta.thidua.cluster.ClusterQueries;

/** The tie-break facts of a ballot's cluster and year: the published league table and the cluster's head history. */
@Component
class ClusterFacts {
    private final PublishedScores scores;
    private final ClusterQueries clusters;

    ClusterFacts(PublishedScores scores, ClusterQueries clusters) {
        this.scores = scores;
        this.clusters = clusters;
    }

    TieBreakFacts of(Long clusterId, int year) {
        if (clusterId == null) return TieBreakFacts.NONE;
        return new TieBreakFacts() {
            @Override
            public Optional<Map<Long, BigDecimal>> finalScores() { return scores.finalScores(clusterId, year); }

            @Override
            public Map<Long, Integer> lastLed() {
                var led = new HashMap<Long, Integer>();
                for (var y : clusters.history(clusterId)) {
                    if (y.year() > year || y.head() == null) continue;
                    led.merge(y.head().id(), y.year(), Math::max);
                }
                return led;
            }
        };
    }
}
