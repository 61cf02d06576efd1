package vn.vusta.thidua.cluster;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ReferenceChanges;

/**
 * An emulation cluster or block across the years (its yearly composition is a {@link ClusterYear}). Its code is unique
 * per level and owner: VUSTA's "Cụm 1" and a union's own "Cụm 1" are different clusters. A regrouping can rename it,
 * end it (dissolve) or end it into another cluster (merge).
 */
@Entity
@Table(name = "emulation_cluster")
@EntityListeners(ReferenceChanges.class)
class Cluster {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING) private ClusterKind kind;
    @Enumerated(EnumType.STRING) private ClusterLevel level;
    private Long ownerUnitId;
    private long ownerKey;
    private int firstYear;
    private Integer endedAfterYear;
    private Long mergedIntoId;
    @Version private long version;

    protected Cluster() {}

    Cluster(String code, String name, ClusterKind kind, ClusterLevel level, Long ownerUnitId, int firstYear) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.ownerUnitId = ownerUnitId;
        this.ownerKey = ownerUnitId == null ? 0 : ownerUnitId;
        this.firstYear = firstYear;
    }

    /** The cluster's name from now on (each year keeps the name it had). */
    void rename(String newName) {
        if (newName == null || newName.isBlank()) throw new BusinessRuleException("cluster.name.required");
        this.name = newName.trim();
    }

    /** The cluster has no year after {@code lastYear}; {@code into} is the cluster its members went to, if one. */
    void end(int lastYear, Long into) {
        this.endedAfterYear = lastYear;
        this.mergedIntoId = into;
    }

    /** A regrouping that is reopened may bring the cluster back for a later year. */
    void continueFrom(int year) {
        if (endedAfterYear != null && endedAfterYear < year) {
            this.endedAfterYear = null;
            this.mergedIntoId = null;
        }
        if (year < firstYear) this.firstYear = year;
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getName() { return name; }
    ClusterKind getKind() { return kind; }
    ClusterLevel getLevel() { return level; }
    Long getOwnerUnitId() { return ownerUnitId; }
    int getFirstYear() { return firstYear; }
    Integer getEndedAfterYear() { return endedAfterYear; }
    Long getMergedIntoId() { return mergedIntoId; }
}
