package vn.vusta.thidua.campaign.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /**
     * Stores a sheet's totals counted again (derived data: the sheet's version is not taken, so that whoever edits that
     * sheet meanwhile is not told it changed); never on a published sheet.
     */
    @Modifying
    @Query("""
            update ScoreSheet s set s.selfTotal = :self, s.reviewTotal = :review, s.finalTotal = :fin
            where s.id = :id and s.status <> vn.vusta.thidua.campaign.assessment.ScoreSheetStatus.PUBLISHED""")
    int storeTotals(long id, java.math.BigDecimal self, java.math.BigDecimal review, java.math.BigDecimal fin);

    /** Every sheet of a campaign with entries, in one query (totals, ranking). */
    @EntityGraph(attributePaths = "entries")
    @Query("select distinct s from ScoreSheet s where s.campaignId = :campaignId")
    List<ScoreSheet> ofCampaign(long campaignId);

    @Query("select s.unitId from ScoreSheet s where s.campaignId = :campaignId")
    List<Long> unitIdsOf(long campaignId);

    @Query("select s.carriedFromUnitId from ScoreSheet s where s.campaignId = :campaignId and s.carriedFromUnitId is not null")
    List<Long> carriedFromIdsOf(long campaignId);
}
