package vn.vusta.thidua.campaign.assessment;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.common.VietnameseText;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** The review list of a cluster in a campaign: each member's sheet, its state, totals and whether the actor scores it. */
@Component
@Transactional(readOnly = true)
public class ReviewList {
    private final Campaigns campaigns;
    private final ClusterQueries clusters;
    private final ScoreSheets sheets;
    private final ScoringSheets scoringSheets;
    private final SheetTotals totals;
    private final SheetAccess access;
    private final UnitCatalog units;
    private final ActorContext actors;

    ReviewList(Campaigns campaigns, ClusterQueries clusters, ScoreSheets sheets, ScoringSheets scoringSheets, SheetTotals totals,
               SheetAccess access, UnitCatalog units, ActorContext actors) {
        this.campaigns = campaigns;
        this.clusters = clusters;
        this.sheets = sheets;
        this.scoringSheets = scoringSheets;
        this.totals = totals;
        this.access = access;
        this.units = units;
        this.actors = actors;
    }

    public record Line(ScoreSheet sheet, UnitSummary unit, UnitSummary carriedFrom, SheetTotals.Totals totals, boolean mine,
                       boolean visible, List<Reviewers.Seat> seats) {}

    public record Page(Campaign campaign, ClusterView cluster, List<Line> lines, boolean office) {}

    public Page of(long campaignId, long clusterId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        var cluster = clusters.get(clusterId);
        var tree = scoringSheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(() -> new NotFoundException("sheet", campaign.getScoringSheetId()));
        var list = sheets.ofCluster(campaignId, clusterId);
        var t = totals.of(tree, list);
        var ids = new java.util.HashSet<Long>();
        list.forEach(s -> {
            ids.add(s.getUnitId());
            if (s.getCarriedFromUnitId() != null) ids.add(s.getCarriedFromUnitId());
        });
        var names = units.byIds(ids);
        var actor = actors.current();
        var standing = access.standing(actor, cluster);
        var lines = list.stream().map(s -> {
            var seats = Reviewers.of(campaign.getReviewMode(), cluster, s.getUnitId(), s.getCarriedFromUnitId());
            boolean mine = standing.seat(s, seats, actor).isPresent();
            boolean visible = actor.isOffice() || actor.actsFor(s.getUnitId())
                    || (mine || standing.supervisor()) && s.getStatus() != ScoreSheetStatus.DRAFT;
            return new Line(s, names.get(s.getUnitId()), s.getCarriedFromUnitId() == null ? null : names.get(s.getCarriedFromUnitId()),
                    t.get(s.getId()), mine, visible, seats);
        }).sorted(Comparator.comparing(Line::unit, VietnameseText.byName(UnitSummary::shortName))).toList();
        return new Page(campaign, cluster, lines, actor.isOffice());
    }
}
