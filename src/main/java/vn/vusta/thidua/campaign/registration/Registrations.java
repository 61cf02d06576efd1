package vn.vusta.thidua.campaign.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Registrations extends JpaRepository<Registration, Long> {
    @EntityGraph(attributePaths = "targets")
    Optional<Registration> findByCampaignIdAndUnitId(long campaignId, long unitId);

    /** One registration with its targets (the API's answer after a write). */
    @EntityGraph(attributePaths = "targets")
    Optional<Registration> findWithTargetsById(long id);

    /** Every registration of a cluster-year in a campaign, with targets, in one query (the covenant). */
    @EntityGraph(attributePaths = "targets")
    @Query("select distinct r from Registration r where r.campaignId = :campaignId and r.clusterId = :clusterId")
    List<Registration> ofCluster(long campaignId, long clusterId);

    /** Where every registration of a campaign stands, in one query. */
    @Query("""
            select new vn.vusta.thidua.campaign.registration.RegistrationSummary(r.id, r.clusterId, r.unitId, r.carriedFromUnitId,
                   r.status, r.late, r.submittedAt) from Registration r where r.campaignId = :campaignId""")
    List<RegistrationSummary> summaries(long campaignId);

    /** Every registration of a campaign with its targets, in one query (the API). */
    @EntityGraph(attributePaths = "targets")
    @Query("select distinct r from Registration r where r.campaignId = :campaignId order by r.id")
    List<Registration> ofCampaign(long campaignId);
}
