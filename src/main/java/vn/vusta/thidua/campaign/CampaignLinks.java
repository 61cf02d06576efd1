package vn.vusta.thidua.campaign;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.assessment.SheetAccess;
import vn.vusta.thidua.campaign.progress.ProgressPolicy;
import vn.vusta.thidua.campaign.sheet.SheetPolicy;
import vn.vusta.thidua.cluster.ClusterAuthority;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.identity.Role;

/**
 * What of a campaign the reader may open from its overview ({@code /campaigns/{id}}), by role: the unit's own score
 * sheet, the review list of the clusters it reviews in (head, deputy or cross pairs by the campaign's review mode;
 * the Presidium member in charge), the explanations the office or the member in charge decides, league tables,
 * progress, the scoring sheet and the comparison. Read once per page in a fixed number of statements, whatever the
 * number of clusters; each target page checks again through its own policy.
 */
@Component("campaignLinks")
@Transactional(readOnly = true)
public class CampaignLinks {
    private final ActorContext actors;
    private final SheetAccess access;
    private final ClusterAuthority authority;
    private final ProgressPolicy progress;
    private final SheetPolicy sheets;
    private final EntityManager em;

    CampaignLinks(ActorContext actors, SheetAccess access, ClusterAuthority authority, ProgressPolicy progress, SheetPolicy sheets,
                  EntityManager em) {
        this.actors = actors;
        this.access = access;
        this.authority = authority;
        this.progress = progress;
        this.sheets = sheets;
        this.em = em;
    }

    /** A score sheet of the reader's unit (its own, or one carried over from a merged-away unit). */
    public record OwnSheet(long id, String status, boolean carried) {}

    public record Links(List<OwnSheet> ownSheets, Set<Long> reviewClusters, Set<Long> decideClusters, Set<Long> resultClusters,
                        Map<Long, Long> pendingByCluster, boolean allResults, boolean comparison, boolean progress, boolean sheet,
                        boolean publicResults) {
        static final Links NONE = new Links(List.of(), Set.of(), Set.of(), Set.of(), Map.of(), false, false, false, false, false);

        public boolean reviews(long clusterId) { return reviewClusters.contains(clusterId); }

        public boolean decides(long clusterId) { return decideClusters.contains(clusterId); }

        public boolean results(long clusterId) { return resultClusters.contains(clusterId); }

        /** Explanations still waiting for a decision in this cluster (0 when the reader does not decide there). */
        public long pending(long clusterId) { return decides(clusterId) ? pendingByCluster.getOrDefault(clusterId, 0L) : 0; }

        /** Explanations still waiting in every cluster the reader decides. */
        public long pending() { return decideClusters.stream().mapToLong(this::pending).sum(); }

        public boolean explanations() { return !decideClusters.isEmpty(); }
    }

    public Links of(CampaignQueries.Overview o) {
        var c = o.campaign();
        var actor = actors.current();
        boolean opened = c.getStatus() != CampaignStatus.DRAFT;
        if (!actor.isAuthenticated() || !opened) return opened ? publicOnly(c) : Links.NONE;
        var clusters = o.clusters().stream().map(CampaignQueries.ClusterRow::cluster).toList();
        var review = new HashSet<Long>();
        var decide = new HashSet<Long>();
        var results = new HashSet<Long>();
        if (actor.isOffice()) {
            clusters.forEach(v -> { review.add(v.id()); decide.add(v.id()); results.add(v.id()); });
        } else if (actor.has(Role.PRESIDIUM_MEMBER)) {
            clusters.stream().filter(v -> access.isSupervisor(actor, v)).forEach(v -> { review.add(v.id()); decide.add(v.id()); results.add(v.id()); });
        }
        List<OwnSheet> own = List.of();
        if (o.mine() != null) {
            var mine = o.mine().cluster();
            if (access.reviewsInCluster(actor, mine.id(), c.getReviewMode())) review.add(mine.id());
            if (authority.hasHeadRights(actor, mine.id()) || c.isPublished()) results.add(mine.id());
            own = ownSheets(c.getId(), actor);
        }
        Map<Long, Long> pending = decide.isEmpty() ? Map.of() : pendingByCluster(c.getId());
        boolean sheet = c.getScoringSheetId() != null && sheets.mayView(c.getScoringSheetId());
        return new Links(own, review, decide, results, pending, actor.isOffice(), actor.isOffice(), progress.mayView(c.getId()), sheet,
                c.isPublished());
    }

    private static Links publicOnly(Campaign c) {
        return new Links(List.of(), Set.of(), Set.of(), Set.of(), Map.of(), false, false, false, false, c.isPublished());
    }

    private List<OwnSheet> ownSheets(long campaignId, Actor actor) {
        return em.createQuery("select s.id, s.status, s.carriedFromUnitId from ScoreSheet s where s.campaignId = :c and s.unitId = :u order by s.id",
                        Object[].class)
                .setParameter("c", campaignId).setParameter("u", actor.unitId()).getResultList().stream()
                .map(r -> new OwnSheet((Long) r[0], r[1].toString(), r[2] != null)).toList();
    }

    private Map<Long, Long> pendingByCluster(long campaignId) {
        var out = new HashMap<Long, Long>();
        em.createQuery("""
                        select s.clusterId, count(x) from Explanation x, ScoreSheet s
                        where s.id = x.scoreSheetId and s.campaignId = :c and x.status = vn.vusta.thidua.campaign.assessment.Explanation.Status.PENDING
                        group by s.clusterId""", Object[].class)
                .setParameter("c", campaignId).getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }
}
