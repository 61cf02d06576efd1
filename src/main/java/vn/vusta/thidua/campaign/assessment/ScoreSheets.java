package vn.vusta.thidua.campaign.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoreSheets extends JpaRepository<ScoreSheet, Long> {
    /** A sheet with its entries in one query. */
    @EntityGraph(attributePaths = "entries")
    @Query("select s from ScoreSheet s where s.id = :id")
    Optional<ScoreSheet> withEntries(long id);

    Optional<ScoreSheet> findByCampaignIdAndUnitId(long campaignId, long unitId);

    /** Every sheet of a cluster-year in a campaign, with entries, in one query (league table, review list). */
    @EntityGraph(attributePaths = "entries")
    @Query("select distinct s from ScoreSheet s where s.campaignId = :campaignId and s.clusterId = :clusterId")
    List<ScoreSheet> ofCluster(long campaignId, long clusterId);

    List<ScoreSheet> findByCampaignId(long campaignId);

    /** Every sheet of a campaign with entries, in one query (totals, ranking). */
    @EntityGraph(attributePaths = "entries")
    @Query("select distinct s from ScoreSheet s where s.campaignId = :campaignId")
    List<ScoreSheet> ofCampaign(long campaignId);

    @Query("select s.unitId from ScoreSheet s where s.campaignId = :campaignId")
    List<Long> unitIdsOf(long campaignId);

    @Query("select s.carriedFromUnitId from ScoreSheet s where s.campaignId = :campaignId and s.carriedFromUnitId is not null")
    List<Long> carriedFromIdsOf(long campaignId);
}
