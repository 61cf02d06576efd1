package vn.vusta.thidua.cluster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.Lineage;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/**
 * Rights in a cluster's year, derived from the data, never granted by hand (domain.md, "Rights across the merger"):
 * <ul>
 * <li>head rights belong to the unit that holds the head's place on the day: the head unit, or after it merged away
 *     the unit that carries it on;</li>
 * <li>the right to record the year's head and deputy belongs to the unit holding last year's head's place today,
 *     if it holds a place in this year's cluster; it closes when the office confirms the record or the year is over;</li>
 * <li>past years are read-only: only the office corrects them, with a reason ({@link #mayCorrectHistory});</li>
 * <li>a provincial union's internal clusters (level PROVINCIAL) are kept by the office and by the officer of the union
 *     that holds them today: the owner, or after it merged away the unit carrying it on ({@link #mayManage}).</li>
 * </ul>
 * The public methods take ids so that a policy bean can call them.
 */
@Component
@Transactional(readOnly = true)
public class ClusterAuthority {
    private final ActorContext actors;
    private final ClusterYears clusters;
    private final UnitCatalog units;
    private final Clock clock;

    ClusterAuthority(ActorContext actors, ClusterYears clusters, UnitCatalog units, Clock clock) {
        this.actors = actors;
        this.clusters = clusters;
        this.units = units;
        this.clock = clock;
    }

    /** Whether the actor's unit holds the head's place in this cluster today (clamped to the cluster's year). */
    public boolean hasHeadRights(Actor actor, long clusterId) {
        return clusters.findById(clusterId).map(c -> hasHeadRights(actor, c)).orElse(false);
    }

    /** Whether the actor's unit holds the deputy's place in this cluster today (clamped to the cluster's year). */
    public boolean hasDeputyRights(Actor actor, long clusterId) {
        return clusters.findById(clusterId).map(c -> holdsPlaceOf(actor, c.getDeputyUnitId(), c.getYear())).orElse(false);
    }

    /** Whether the actor may record this cluster's head and deputy now (without a history correction). */
    public boolean mayRecordLeadership(Actor actor, long clusterId) {
        return clusters.findById(clusterId).map(c -> mayRecordLeadership(actor, c)).orElse(false);
    }

    /** Recording the leadership of an open year, or (the office) correcting that of a year that is over. */
    public boolean mayRecordOrCorrectLeadership(Actor actor, long clusterId) {
        return clusters.findById(clusterId).map(c -> mayRecordLeadership(actor, c) || isPast(c) && mayCorrectHistory(actor)).orElse(false);
    }

    /** Corrections of past years, with a reason: the office only. */
    public boolean mayCorrectHistory(Actor actor) { return actor.isOffice(); }

    /** Confirming what the outgoing head recorded, VUSTA's clusters and regrouping: the office only. */
    public boolean mayManageClusters(Actor actor) { return actor.isOffice(); }

    /** Name and members of this cluster's year: the office; for a union's internal cluster also the union's officer. */
    public boolean mayManage(Actor actor, long clusterId) {
        return clusters.findById(clusterId).map(c -> mayManage(actor, c)).orElse(false);
    }

    /** New internal clusters of this union: the office, or the union's own officer while the union acts. */
    public boolean mayCreateInternalClusters(Actor actor, long unionId) {
        var union = units.find(unionId).filter(u -> u.type() == UnitType.PROVINCIAL_UNION);
        if (union.isEmpty()) return false;
        return actor.isOffice() || actor.actsFor(unionId) && union.get().existsOn(today());
    }

    boolean mayManage(Actor actor, ClusterYear cluster) {
        return actor.isOffice() || holdsInternalCluster(actor, cluster);
    }

    /** Whether the actor is the officer of the union holding this internal cluster today. */
    boolean holdsInternalCluster(Actor actor, ClusterYear cluster) {
        if (cluster.getLevel() != ClusterLevel.PROVINCIAL || cluster.getOwnerUnitId() == null || actor.unitId() == null) return false;
        return units.carrierOn(cluster.getOwnerUnitId(), today()).map(u -> actor.actsFor(u.id())).orElse(false);
    }

    Actor requireManage(ClusterYear cluster) {
        var actor = actors.current();
        if (!mayManage(actor, cluster)) throw new AccessDeniedException("may not manage this cluster");
        return actor;
    }

    boolean hasHeadRights(Actor actor, ClusterYear cluster) { return holdsPlaceOf(actor, cluster.getHeadUnitId(), cluster.getYear()); }

    /** The actor acts for the unit holding {@code placeUnitId}'s place today (clamped to the year): it, or its carrier. */
    private boolean holdsPlaceOf(Actor actor, Long placeUnitId, int year) {
        if (placeUnitId == null || actor.unitId() == null) return false;
        var day = clamp(today(), year);
        return units.carrierOn(placeUnitId, day).map(u -> actor.actsFor(u.id())).orElse(false);
    }

    boolean mayRecordLeadership(Actor actor, ClusterYear cluster) {
        if (isPast(cluster)) return false;
        if (actor.isOffice() || holdsInternalCluster(actor, cluster)) return true;
        if (actor.unitId() == null || cluster.isLeadershipConfirmed()) return false;
        var today = today();
        return outgoingHead(cluster)
                .flatMap(head -> units.carrierOn(head, today))
                .filter(holder -> actor.actsFor(holder.id()))
                .filter(holder -> holdsPlace(holder.id(), cluster, today))
                .isPresent();
    }

    /** Whether the unit is a member of this cluster's year, or carries on a member that merged away by the day. */
    boolean holdsPlace(long unitId, ClusterYear cluster, LocalDate day) {
        Lineage lineage = units.lineage(cluster.memberIds());
        return cluster.memberIds().stream().anyMatch(m -> m == unitId
                || lineage.carrierOn(m, day).map(c -> c.id() == unitId).orElse(false));
    }

    /** Whether the cluster's year is over: only a history correction by the office changes it. */
    boolean isPast(ClusterYear cluster) { return isPast(cluster.getYear()); }

    boolean isPast(int year) { return year < today().getYear(); }

    Actor requireRecordLeadership(ClusterYear cluster) {
        var actor = actors.current();
        if (!mayRecordLeadership(actor, cluster)) throw new AccessDeniedException("may not record the leadership of this cluster");
        return actor;
    }

    Actor requireCorrectHistory() {
        var actor = actors.current();
        if (!mayCorrectHistory(actor)) throw new AccessDeniedException("only the office corrects history");
        return actor;
    }

    private Optional<Long> outgoingHead(ClusterYear cluster) {
        return clusters.findByClusterIdAndYear(cluster.getClusterId(), cluster.getYear() - 1).map(ClusterYear::getHeadUnitId);
    }

    private LocalDate today() { return LocalDate.now(clock); }

    private static LocalDate clamp(LocalDate day, int year) {
        var first = LocalDate.of(year, 1, 1);
        var last = LocalDate.of(year, 12, 31);
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }
}
