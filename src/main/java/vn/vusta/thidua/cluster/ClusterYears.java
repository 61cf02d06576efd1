package vn.vusta.thidua.cluster;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClusterYears extends JpaRepository<ClusterYear, Long> {
    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByYearAndLevelAndKindOrderByCode(int year, ClusterLevel level, ClusterKind kind);

    /** A year's clusters and blocks of a level with their members, in one query. */
    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByYearAndLevelOrderByCode(int year, ClusterLevel level);

    @EntityGraph(attributePaths = "members")
    Optional<ClusterYear> findWithMembersById(long id);

    /** (year, code, unit id) of every VUSTA cluster membership up to a year: the schemes, in one query. */
    @Query("""
            select c.year, c.code, m.unitId from ClusterMembership m join m.cluster c
            where c.level = vn.vusta.thidua.cluster.ClusterLevel.VUSTA and c.kind = vn.vusta.thidua.cluster.ClusterKind.CLUSTER
              and c.year <= :year""")
    List<Object[]> schemesUpTo(int year);

    /** VUSTA's emulation clusters of provincial unions in a year (not blocks, not provincial clusters). */
    default List<ClusterYear> vustaClusters(int year) { return findByYearAndLevelAndKindOrderByCode(year, ClusterLevel.VUSTA, ClusterKind.CLUSTER); }

    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByOwnerUnitIdOrderByYearDescCode(Long ownerUnitId);

    /** A VUSTA-level cluster's year by its code (VUSTA's own codes are unique at that level). */
    @Query("select c from ClusterYear c where c.code = :code and c.year = :year and c.level = vn.vusta.thidua.cluster.ClusterLevel.VUSTA")
    Optional<ClusterYear> findByCodeAndYear(String code, int year);

    /** The cluster-years of a level with this code in a year: one for VUSTA's, one per owning union for internal ones. */
    List<ClusterYear> findByCodeAndYearAndLevel(String code, int year, ClusterLevel level);

    Optional<ClusterYear> findByClusterIdAndYear(long clusterId, int year);

    boolean existsByClusterIdAndYear(long clusterId, int year);

    /** Every year of the cluster that the year row {@code id} belongs to, newest first, with members. */
    @Query("""
            select distinct c from ClusterYear c left join fetch c.members
            where c.clusterId = (select c2.clusterId from ClusterYear c2 where c2.id = :id) order by c.year desc""")
    List<ClusterYear> historyOfClusterWithId(long id);

    /** The row locked until the transaction ends: writers to one cluster queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ClusterYear c where c.id = :id")
    Optional<ClusterYear> lockById(long id);

    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByClusterIdOrderByYearDesc(long clusterId);

    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByHeadUnitIdInOrDeputyUnitIdInOrderByYearDesc(java.util.Collection<Long> headUnitIds, java.util.Collection<Long> deputyUnitIds);

    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findBySupervisorUsernameOrderByYearDesc(String username);

    @EntityGraph(attributePaths = "members")
    List<ClusterYear> findByLevelAndYearLessThan(ClusterLevel level, int year);

    @Query("select distinct c.year from ClusterYear c where c.level = :level and c.kind = :kind order by c.year")
    List<Integer> yearsOf(ClusterLevel level, ClusterKind kind);

    @Query("select m from ClusterMembership m join fetch m.cluster c where m.unitId in :unitIds order by m.year desc")
    List<ClusterMembership> membershipsOf(java.util.Collection<Long> unitIds);

    @Query("select m from ClusterMembership m join fetch m.cluster c where m.unitId = :unitId and m.year = :year and c.level = :level")
    Optional<ClusterMembership> membershipOf(long unitId, int year, ClusterLevel level);
}
