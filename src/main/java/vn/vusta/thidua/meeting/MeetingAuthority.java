package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.Role;

/**
 * Rights in meetings, derived from the cluster's year: the office manages every meeting; the officers of the host
 * unit and of the unit holding the head's place that year manage the cluster's meetings; the member units' officers
 * (and the Presidium member in charge) see them and upload their own unit's reports. A past year is read-only except
 * for the office. VUSTA's national briefing is the office's; every signed-in account sees it.
 */
@Component
class MeetingAuthority {
    private final ClusterAuthority clusters;
    private final ClusterQueries clusterQueries;
    private final Clock clock;

    MeetingAuthority(ClusterAuthority clusters, ClusterQueries clusterQueries, Clock clock) {
        this.clusters = clusters;
        this.clusterQueries = clusterQueries;
        this.clock = clock;
    }

    boolean isPast(int year) { return year < LocalDate.now(clock).getYear(); }

    /** New meetings of this cluster's year (null: VUSTA's national briefing, the office's). */
    boolean mayCreate(Actor actor, Long clusterId) {
        if (actor.isOffice()) return true;
        if (clusterId == null || actor.unitId() == null) return false;
        var cluster = clusterQueries.get(clusterId);
        return !isPast(cluster.year()) && clusters.hasHeadRights(actor, clusterId);
    }

    boolean mayManage(Actor actor, Meeting meeting) {
        if (actor.isOffice()) return true;
        if (meeting.getClusterId() == null || actor.unitId() == null || isPast(meeting.getYear())) return false;
        return actor.actsFor(meeting.getHostUnitId()) || clusters.hasHeadRights(actor, meeting.getClusterId());
    }

    boolean mayView(Actor actor, Meeting meeting) {
        if (!actor.isAuthenticated()) return false;
        if (meeting.getClusterId() == null || actor.isOffice() || mayManage(actor, meeting)) return true;
        var cluster = clusterQueries.get(meeting.getClusterId());
        if (actor.has(Role.PRESIDIUM_MEMBER) && actor.username().equals(cluster.supervisorUsername())) return true;
        return actor.has(Role.UNIT_OFFICER) && actor.unitId() != null
                && (memberUnits(cluster).contains(actor.unitId()) || meeting.getInvitations().stream().anyMatch(i -> i.getUnitId() == actor.unitId()));
    }

    /** A unit's report on an agenda item: a manager for any invited unit, a member's officer for its own unit. */
    boolean mayUpload(Actor actor, Meeting meeting, Long unitId) {
        if (mayManage(actor, meeting)) return true;
        if (isPast(meeting.getYear()) || unitId == null) return false;
        return actor.actsFor(unitId) && meeting.getInvitations().stream().anyMatch(i -> i.getUnitId() == unitId);
    }

    /** Whether the actor may upload a report of some unit of this meeting (its own). */
    boolean mayUploadAny(Actor actor, Meeting meeting) { return mayUpload(actor, meeting, actor.unitId()); }

    /** Members of the year and the units that carry on those that merged away during it. */
    static Set<Long> memberUnits(ClusterView cluster) {
        var ids = new HashSet<Long>();
        for (var m : cluster.members()) {
            ids.add(m.unit().id());
            if (m.carrier() != null) ids.add(m.carrier().id());
        }
        return ids;
    }
}
