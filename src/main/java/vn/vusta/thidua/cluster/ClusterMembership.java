package vn.vusta.thidua.cluster;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.vusta.thidua.common.ReferenceChanges;

@Entity
@Table(name = "cluster_member")
@EntityListeners(ReferenceChanges.class)
class ClusterMembership {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "cluster_id") private ClusterYear cluster;
    private Long unitId;
    @jakarta.persistence.Column(name = "cluster_year") private int year;
    @Enumerated(EnumType.STRING) private ClusterLevel level;
    private boolean confirmed;

    protected ClusterMembership() {}

    ClusterMembership(ClusterYear cluster, Long unitId, boolean confirmed) {
        this.cluster = cluster;
        this.unitId = unitId;
        this.year = cluster.getYear();
        this.level = cluster.getLevel();
        this.confirmed = confirmed;
    }

    ClusterYear getCluster() { return cluster; }
    Long getUnitId() { return unitId; }
    int getYear() { return year; }
    boolean isConfirmed() { return confirmed; }
}
