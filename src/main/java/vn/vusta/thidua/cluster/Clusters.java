package vn.vusta.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Clusters extends JpaRepository<Cluster, Long> {
    List<Cluster> findByYearAndLevelOrderByCode(int year, ClusterLevel level);

    Optional<Cluster> findByCodeAndYear(String code, int year);

    List<Cluster> findByCodeOrderByYearDesc(String code);

    List<Cluster> findByHeadUnitIdOrDeputyUnitIdOrderByYearDesc(Long headUnitId, Long deputyUnitId);

    List<Cluster> findBySupervisorUsernameOrderByYearDesc(String username);

    List<Cluster> findByLevelAndYearLessThan(ClusterLevel level, int year);

    @Query("select distinct c.year from Cluster c where c.level = :level order by c.year")
    List<Integer> yearsOf(ClusterLevel level);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId in :unitIds order by m.year desc")
    List<ClusterMember> membershipsOf(java.util.Collection<Long> unitIds);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId = :unitId and m.year = :year and c.level = :level")
    Optional<ClusterMember> membershipOf(long unitId, int year, ClusterLevel level);
}
