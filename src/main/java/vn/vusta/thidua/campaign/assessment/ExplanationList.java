package vn.vusta.thidua.campaign.assessment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.CampaignClusters;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/**
 * The explanations (giải trình) of a campaign that the reader decides: every cluster for the office, the clusters in
 * its charge for a Presidium member. Pending ones first, oldest first; read in a fixed number of statements.
 */
@Component
@Transactional(readOnly = true)
public class ExplanationList {
    private final Campaigns campaigns;
    private final CampaignClusters clusters;
    private final ScoringSheets scoringSheets;
    private final SheetAccess access;
    private final UnitCatalog units;
    private final ActorContext actors;
    private final EntityManager em;

    ExplanationList(Campaigns campaigns, CampaignClusters clusters, ScoringSheets scoringSheets, SheetAccess access, UnitCatalog units,
                    ActorContext actors, EntityManager em) {
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.scoringSheets = scoringSheets;
        this.access = access;
        this.units = units;
        this.actors = actors;
        this.em = em;
    }

    public record Row(Explanation explanation, ScoreSheet sheet, ClusterView cluster, UnitSummary unit, Criterion criterion) {}

    public record Page(Campaign campaign, List<Row> pending, List<Row> decided) {}

    /** The clusters of the campaign whose explanations the actor decides. */
    public List<ClusterView> decidedBy(Actor actor, Campaign campaign) {
        if (!actor.isAuthenticated()) return List.of();
        var all = clusters.of(campaign);
        return actor.isOffice() ? all : all.stream().filter(v -> access.isSupervisor(actor, v)).toList();
    }

    public Page of(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        var byId = new HashMap<Long, ClusterView>();
        decidedBy(actors.current(), campaign).forEach(v -> byId.put(v.id(), v));
        if (byId.isEmpty()) return new Page(campaign, List.of(), List.of());
        var found = em.createQuery("""
                        select x, s from Explanation x, ScoreSheet s
                        where s.id = x.scoreSheetId and s.campaignId = :c and s.clusterId in :clusters order by x.filedAt, x.id""", Object[].class)
                .setParameter("c", campaignId).setParameter("clusters", byId.keySet()).getResultList();
        Map<Long, Criterion> criteria = new HashMap<>();
        if (!found.isEmpty() && campaign.getScoringSheetId() != null) {
            scoringSheets.withCriteria(campaign.getScoringSheetId()).ifPresent(t -> t.getCriteria().forEach(c -> criteria.put(c.getId(), c)));
        }
        var ids = new HashSet<Long>();
        found.forEach(r -> ids.add(((ScoreSheet) r[1]).getUnitId()));
        var names = ids.isEmpty() ? Map.<Long, UnitSummary>of() : units.byIds(ids);
        var rows = found.stream().map(r -> {
            var x = (Explanation) r[0];
            var s = (ScoreSheet) r[1];
            return new Row(x, s, byId.get(s.getClusterId()), names.get(s.getUnitId()), criteria.get(x.getCriterionId()));
        }).toList();
        var pending = rows.stream().filter(r -> r.explanation().pending()).toList();
        var decided = rows.stream().filter(r -> !r.explanation().pending())
                .sorted(Comparator.comparing((Row r) -> r.explanation().getDecidedAt(), Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        return new Page(campaign, pending, decided);
    }
}
