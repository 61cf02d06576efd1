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

    /** Creating VUSTA's clusters and blocks, their person in charge, regrouping a year: the office. */
    public boolean mayManage() { return actors.current().isOffice(); }

    /**
     * The name and members of this cluster's year: the office; for a provincial union's internal cluster also the
     * officer of the union holding it today (another union's officer: nobody).
     */
    public boolean mayManage(long clusterId) { return authority.mayManage(actors.current(), clusterId); }

    /** New internal clusters of a provincial union: the office, or that union's own officer. */
    public boolean mayCreateInternalClusters(long unionId) { return authority.mayCreateInternalClusters(actors.current(), unionId); }

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
