package vn.vusta.thidua.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.vusta.thidua.cluster.ClusterLevel;

public interface Campaigns extends JpaRepository<Campaign, Long> {
    List<Campaign> findByYearOrderByLevelAscNameAsc(int year);

    List<Campaign> findByOwnerUnitIdOrderByYearDesc(long ownerUnitId);

    @Query("select count(c) > 0 from Campaign c where c.year = :year and c.level = :level and c.status <> vn.vusta.thidua.campaign.CampaignStatus.DRAFT")
    boolean anyOpenedFor(int year, ClusterLevel level);
}
