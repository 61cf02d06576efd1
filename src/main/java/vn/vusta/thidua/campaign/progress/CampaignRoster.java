package vn.vusta.thidua.campaign.progress;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;

/** The clusters (or blocks) a campaign covers: its year, level, kind and owner, read in one go with their members. */
@Component
class CampaignRoster {
    private final ClusterQueries clusters;

    CampaignRoster(ClusterQueries clusters) { this.clusters = clusters; }

    List<ClusterView> clustersOf(Campaign c) {
        if (c.getLevel() == ClusterLevel.VUSTA) {
            return c.getKind() == ClusterKind.CLUSTER ? clusters.ofYear(c.getYear()) : clusters.blocksOfYear(c.getYear());
        }
        return clusters.ownedBy(c.getOwnerUnitId()).stream()
                .filter(v -> v.year() == c.getYear() && v.kind() == c.getKind() && v.level() == c.getLevel()).toList();
    }
}
