package vn.vusta.thidua.campaign.sheet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoringSheets extends JpaRepository<ScoringSheet, Long> {
    /** A sheet with its whole criteria tree in one query. */
    @EntityGraph(attributePaths = "criteria")
    @Query("select s from ScoringSheet s where s.id = :id")
    Optional<ScoringSheet> withCriteria(long id);

    List<ScoringSheet> findByOwnerUnitIdOrderByCodeAscSheetVersionDesc(long ownerUnitId);

    @Query("select coalesce(max(s.sheetVersion), 0) from ScoringSheet s where s.ownerUnitId = :owner and s.code = :code")
    int lastVersion(long owner, String code);

    Optional<ScoringSheet> findFirstByOwnerUnitIdAndCodeOrderBySheetVersionDesc(long ownerUnitId, String code);

    /** Every sheet, for the office's list. */
    @Query("select s from ScoringSheet s order by s.code, s.sheetVersion desc")
    List<ScoringSheet> listAll();

    /** A union's own sheets and the sheets of VUSTA's clusters (which it may read and start from). */
    @Query("""
            select s from ScoringSheet s where s.ownerUnitId = :owner
               or s.level <> vn.vusta.thidua.cluster.ClusterLevel.PROVINCIAL
            order by s.code, s.sheetVersion desc""")
    List<ScoringSheet> listFor(long owner);

    /** [sheet id, number of criteria] for the given sheets. */
    @Query("select c.sheet.id, count(c) from Criterion c where c.sheet.id in :ids group by c.sheet.id")
    List<Object[]> criteriaCounts(Collection<Long> ids);

    /** [sheet id, campaigns using it, campaigns opened or later using it] for the given sheets. */
    @Query("""
            select c.scoringSheetId, count(c),
                   sum(case when c.status <> vn.vusta.thidua.campaign.CampaignStatus.DRAFT then 1 else 0 end)
            from vn.vusta.thidua.campaign.Campaign c where c.scoringSheetId in :ids group by c.scoringSheetId""")
    List<Object[]> usage(Collection<Long> ids);

    /** The names of the campaigns, opened or later, that use this sheet (its tree must not change under them). */
    @Query("""
            select c.name from vn.vusta.thidua.campaign.Campaign c
            where c.scoringSheetId = :id and c.status <> vn.vusta.thidua.campaign.CampaignStatus.DRAFT order by c.year desc""")
    List<String> openedCampaignsUsing(long id);
}
