package vn.vusta.thidua.campaign.covenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Covenants extends JpaRepository<Covenant, Long> {
    @EntityGraph(attributePaths = "parties")
    Optional<Covenant> findByCampaignIdAndClusterId(long campaignId, long clusterId);

    /** Every covenant of a campaign with its parties, in one query (the campaign's overview). */
    @EntityGraph(attributePaths = "parties")
    @Query("select distinct c from Covenant c where c.campaignId = :campaignId")
    List<Covenant> ofCampaign(long campaignId);
}
