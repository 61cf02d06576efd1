package vn.vusta.thidua.cluster;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who may do what to clusters, for pages and API alike. Who holds a head's rights is {@link ClusterAuthority}'s
 * answer, asked here rather than restated, so that the rule lives in one place.
 */
@Component("clusterPolicy")
public class ClusterPolicy {
    private final ActorContext actors;
    private final ClusterAuthority authority;

    ClusterPolicy(ActorContext actors, ClusterAuthority authority) {
        this.actors = actors;
        this.authority = authority;
    }

    /** Creating clusters, their names, members and person in charge, regrouping a year: the office. */
    public boolean mayManage() { return actors.current().isOffice(); }

    /**
     * Recording the head and deputy of this cluster's year (a cluster that does not exist: nobody); for a year that is
     * over, correcting that record (the office, with a reason the service requires).
     */
    public boolean mayRecordLeadership(long clusterId) {
        return authority.mayRecordOrCorrectLeadership(actors.current(), clusterId);
    }

    /** The rotation proposal serves whoever records the leadership; page and API give it to the same people. */
    public boolean mayViewRotationProposal(long clusterId) { return mayRecordLeadership(clusterId); }
}
