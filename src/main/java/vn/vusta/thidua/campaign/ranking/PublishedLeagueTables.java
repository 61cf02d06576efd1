package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.PublishedScores;
import vn.vusta.thidua.cluster.ClusterQueries;

/** {@link PublishedScores} from the league tables: the first published campaign of the year that scored the cluster. */
@Component
class PublishedLeagueTables implements PublishedScores {
    private final Campaigns campaigns;
    private final ResultData data;
    private final Results results;
    private final ClusterQueries clusters;

    PublishedLeagueTables(Campaigns campaigns, ResultData data, Results results, ClusterQueries clusters) {
        this.campaigns = campaigns;
        this.data = data;
        this.results = results;
        this.clusters = clusters;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<Long, BigDecimal>> finalScores(long clusterId, int year) {
        for (var campaign : campaigns.findByYearOrderByLevelAscNameAsc(year)) {
            if (!campaign.isPublished() || !data.clusterIds(campaign.getId()).contains(clusterId)) continue;
            var table = results.leagueTable(campaign, clusters.get(clusterId));
            var scores = new LinkedHashMap<Long, BigDecimal>();
            table.rows().forEach(r -> { if (r.fin() != null) scores.put(r.unit().id(), r.fin()); });
            return Optional.of(scores);
        }
        return Optional.empty();
    }
}
