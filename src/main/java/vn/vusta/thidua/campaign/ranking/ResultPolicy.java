package vn.vusta.thidua.campaign.ranking;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who sees which league table. Before publication (provisional): the office, the unit holding the cluster's head
 * rights and the Presidium member in charge of the cluster. After publication also the officers of the cluster's
 * member units (everyone reads the public page and API). A unit never sees another cluster's provisional table; its
 * own sheet it reads on the assessment's pages. Publishing and the federation-wide comparison: the office.
 */
@Component("resultPolicy")
public class ResultPolicy {
    private final ActorContext actors;
    private final ClusterAuthority authority;
    private final Results results;

    ResultPolicy(ActorContext actors, ClusterAuthority authority, Results results) {
        this.actors = actors;
        this.authority = authority;
        this.results = results;
    }

    /** The league table of cluster {@code cluster} (id or code; null: the campaign's first) in campaign {@code campaignId}. */
    public boolean mayView(long campaignId, String cluster) {
        var actor = actors.current();
        if (actor.isOffice()) return true;
        if (!actor.isAuthenticated()) return false;
        // no transaction around the method: the office's check reads nothing, and an unknown campaign or cluster
        // (NotFoundException from a transactional read) must not mark a surrounding transaction for rollback
        try {
            var campaign = results.campaign(campaignId);
            var view = results.cluster(campaign, cluster, actor.unitId());
            if (leads(actor, view)) return true;
            return campaign.isPublished() && member(actor, view);
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Publishing a campaign's results, exporting the comparison, recomputing: the office. */
    public boolean mayPublish() { return actors.current().isOffice(); }

    public boolean mayCompare() { return actors.current().isOffice(); }

    /** The page listing every cluster of a campaign, each with its league table: the office (the public page once published). */
    public boolean mayListClusters() { return actors.current().isOffice(); }

    private boolean leads(Actor actor, ClusterView view) {
        return authority.hasHeadRights(actor, view.id())
                || actor.username() != null && actor.username().equals(view.supervisorUsername());
    }

    private static boolean member(Actor actor, ClusterView view) {
        return view.members().stream().anyMatch(m -> actor.actsFor(m.unit().id()) || m.carrier() != null && actor.actsFor(m.carrier().id()));
    }
}
