package vn.vusta.thidua.cluster;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Clusters extends JpaRepository<Cluster, Long> {
    @EntityGraph(attributePaths = "members")
    List<Cluster> findByYearAndLevelAndKindOrderByCode(int year, ClusterLevel level, ClusterKind kind);

    /** A year's clusters and blocks of a level with their members, in one query. */
    @EntityGraph(attributePaths = "members")
    List<Cluster> findByYearAndLevelOrderByCode(int year, ClusterLevel level);

    @EntityGraph(attributePaths = "members")
    Optional<Cluster> findWithMembersById(long id);

    /** (year, code, unit id) of every VUSTA cluster membership up to a year: the schemes, in one query. */
    @Query("""
            select c.year, c.code, m.unitId from ClusterMember m join m.cluster c
            where c.level = vn.vusta.thidua.cluster.ClusterLevel.VUSTA and c.kind = vn.vusta.thidua.cluster.ClusterKind.CLUSTER
              and c.year <= :year""")
    List<Object[]> schemesUpTo(int year);

    /** VUSTA's emulation clusters of provincial unions in a year (not blocks, not provincial clusters). */
    default List<Cluster> vustaClusters(int year) { return findByYearAndLevelAndKindOrderByCode(year, ClusterLevel.VUSTA, ClusterKind.CLUSTER); }

    @EntityGraph(attributePaths = "members")
    List<Cluster> findByOwnerUnitIdOrderByYearDescCode(Long ownerUnitId);

    Optional<Cluster> findByCodeAndYear(String code, int year);

    boolean existsByCode(String code);

    /** Every year of the cluster that the year row {@code id} belongs to, newest first, with members. */
    @Query("""
            select distinct c from Cluster c left join fetch c.members
            where c.code = (select c2.code from Cluster c2 where c2.id = :id) order by c.year desc""")
    List<Cluster> historyOfClusterWithId(long id);

    /** The row locked until the transaction ends: writers to one cluster queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cluster c where c.id = :id")
    Optional<Cluster> lockById(long id);

    @EntityGraph(attributePaths = "members")
    List<Cluster> findByCodeOrderByYearDesc(String code);

    @EntityGraph(attributePaths = "members")
    List<Cluster> findByHeadUnitIdInOrDeputyUnitIdInOrderByYearDesc(java.util.Collection<Long> headUnitIds, java.util.Collection<Long> deputyUnitIds);

    @EntityGraph(attributePaths = "members")
    List<Cluster> findBySupervisorUsernameOrderByYearDesc(String username);

    @EntityGraph(attributePaths = "members")
    List<Cluster> findByLevelAndYearLessThan(ClusterLevel level, int year);

    @Query("select distinct c.year from Cluster c where c.level = :level and c.kind = :kind order by c.year")
    List<Integer> yearsOf(ClusterLevel level, ClusterKind kind);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId in :unitIds order by m.year desc")
    List<ClusterMember> membershipsOf(java.util.Collection<Long> unitIds);

    @Query("select m from ClusterMember m join fetch m.cluster c where m.unitId = :unitId and m.year = :year and c.level = :level")
    Optional<ClusterMember> membershipOf(long unitId, int year, ClusterLevel level);
}
