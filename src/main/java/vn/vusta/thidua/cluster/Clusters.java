package vn.vusta.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Clusters extends JpaRepository<Cluster, Long> {
    List<Cluster> findByYearAndLevelAndKindOrderByCode(int year, ClusterLevel level, ClusterKind kind);

    /** VUSTA's emulation clusters of provincial unions in a year (not blocks, not provincial clusters). */
    default List<Cluster> vustaClusters(int year) { return findByYearAndLevelAndKindOrderByCode(year, ClusterLevel.VUSTA, ClusterKind.CLUSTER); }

    List<Cluster> findByOwnerUnitIdOrderByYearDescCode(Long ownerUnitId);

    Optional<Cluster> findByCodeAndYear(String code, int year);

    List<Cluster> findByCodeOrderByYearDesc(String code);

    List<Cluster> findByHeadUnitIdOrDeputyUnitIdOrderByYearDesc(Long headUnitId, Long deputyUnitId);

    List<Cluster> findBySupervisorUsernameOrderByYearDesc(String username);

    List<Cluster> findByLevelAndYearLessThan(ClusterLevel level, int year);

    @Query("select distinct c.year from Cluster c where c.level = :level and c.kind = :kind order by c.year")
    List<Integer> yearsOf(ClusterLevel level, ClusterKind kind);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId in :unitIds order by m.year desc")
    List<ClusterMember> membershipsOf(java.util.Collection<Long> unitIds);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId = :unitId and m.year = :year and c.level = :level")
    Optional<ClusterMember> membershipOf(long unitId, int year, ClusterLevel level);
}
