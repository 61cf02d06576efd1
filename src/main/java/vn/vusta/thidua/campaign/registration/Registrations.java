package vn.vusta.thidua.campaign.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Registrations extends JpaRepository<Registration, Long> {
    @EntityGraph(attributePaths = "targets")
    Optional<Registration> findByCampaignIdAndUnitId(long campaignId, long unitId);

    /** Every registration of a cluster-year in a campaign, with targets, in one query (the covenant). */
    @EntityGraph(attributePaths = "targets")
    @Query("select distinct r from Registration r where r.campaignId = :campaignId and r.clusterId = :clusterId")
    List<Registration> ofCluster(long campaignId, long clusterId);
}
