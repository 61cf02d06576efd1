package vn.vusta.thidua.campaign.sheet;

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
}
