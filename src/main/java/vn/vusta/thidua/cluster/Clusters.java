package vn.vusta.thidua.cluster;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Clusters across years; a code is unique per level and owner (owner key 0: VUSTA's own and the Central Council's). */
interface Clusters extends JpaRepository<Cluster, Long> {
    Optional<Cluster> findByLevelAndOwnerKeyAndCode(ClusterLevel level, long ownerKey, String code);

    default Optional<Cluster> find(ClusterLevel level, Long owner, String code) {
        return findByLevelAndOwnerKeyAndCode(level, owner == null ? 0 : owner, code);
    }
}
