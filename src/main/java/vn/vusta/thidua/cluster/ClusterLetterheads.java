package vn.vusta.thidua.cluster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/**
 * The {@link Letterhead} of a cluster's official documents (covenant, league table, minutes). A VUSTA cluster or block
 * issues under VUSTA; a union's internal cluster under the union that owns it. The place is the province of the unit
 * heading the cluster that year, or of the unit carrying it on at the document's date after a merger (the new
 * province's name); else the owning union's province; "Hà Nội" only when none is known.
 */
@Component
public class ClusterLetterheads {
    private final ClusterQueries clusters;
    private final UnitCatalog units;

    ClusterLetterheads(ClusterQueries clusters, UnitCatalog units) {
        this.clusters = clusters;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Letterhead of(long clusterYearId, LocalDate date) { return of(clusters.get(clusterYearId), date); }

    /** The letterhead of a document of {@code cluster} dated {@code date}. */
    @Transactional(readOnly = true)
    public Letterhead of(ClusterView cluster, LocalDate date) {
        var internal = cluster.level() == ClusterLevel.PROVINCIAL && cluster.owner() != null;
        var parent = internal ? Letterhead.parentName(cluster.owner().name()) : null;
        return new Letterhead(parent, Letterhead.capitals(cluster.name()), place(cluster, date));
    }

    private String place(ClusterView cluster, LocalDate date) {
        var head = cluster.head() == null ? null : units.find(cluster.head().id()).orElse(null);
        var carrier = head == null ? null : units.carrierOn(head.id(), date).orElse(head);
        var owner = cluster.owner() == null ? null : units.find(cluster.owner().id()).orElse(null);
        return Stream.of(carrier, head, owner).filter(Objects::nonNull).map(UnitSummary::province).map(Letterhead::placeOf)
                .filter(Objects::nonNull).findFirst().orElse(Letterhead.VUSTA_PLACE);
    }
}
