package vn.vusta.thidua.campaign.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.Role;

/**
 * What of a campaign's progress an actor sees: everything (the office, Presidium members, the owner's officer), the
 * whole of the clusters its unit heads (or carries the head's place of), and its own unit's row. Nothing: no access.
 */
record ProgressScope(boolean all, Set<Long> wholeClusters, Set<Long> ownUnits) {

    static ProgressScope of(Actor actor, Campaign campaign, List<ClusterView> clusters) {
        if (actor.isOffice() || actor.has(Role.PRESIDIUM_MEMBER) || actor.actsFor(campaign.getOwnerUnitId())) {
            return new ProgressScope(true, Set.of(), Set.of());
        }
        var whole = new HashSet<Long>();
        var own = new HashSet<Long>();
        if (actor.has(Role.UNIT_OFFICER) && actor.unitId() != null) {
            long unit = actor.unitId();
            for (var c : clusters) {
                var head = c.headMember();
                if (head != null && (head.unit().id() == unit || head.carrier() != null && head.carrier().id() == unit)) whole.add(c.id());
                for (var m : c.members()) {
                    if (m.unit().id() == unit || m.carrier() != null && m.carrier().id() == unit) own.add(m.unit().id());
                }
            }
        }
        return new ProgressScope(false, whole, own);
    }

    boolean any() { return all || !wholeClusters.isEmpty() || !ownUnits.isEmpty(); }

    boolean seesCluster(long clusterId) { return all || wholeClusters.contains(clusterId); }

    boolean sees(long clusterId, long unitId) { return seesCluster(clusterId) || ownUnits.contains(unitId); }
}
