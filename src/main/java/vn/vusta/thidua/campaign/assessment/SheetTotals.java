package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.common.NotFoundException;

/**
 * Totals of score sheets over the criteria tree, at the three stages: self-assessment, review, final, read from the
 * database and counted by {@link TotalsTree} (the one implementation the ranking uses too). Works on many sheets at
 * once, with no query per sheet.
 */
@Service
@Transactional(readOnly = true)
public class SheetTotals {
    private final ScoringSheets scoringSheets;
    private final ScoreSheets sheets;
    private final Campaigns campaigns;

    SheetTotals(ScoringSheets scoringSheets, ScoreSheets sheets, Campaigns campaigns) {
        this.scoringSheets = scoringSheets;
        this.sheets = sheets;
        this.campaigns = campaigns;
    }

    /** Points of one node at the three stages (null: not known yet). */
    public record Points(BigDecimal self, BigDecimal review, BigDecimal fin) {}

    /** A top-level group's subtotal. */
    public record Subtotal(long criterionId, String code, String name, Points points) {}

    /** A sheet's totals, its top-level subtotals in the sheet's order, and every node's points. */
    public record Totals(long sheetId, long unitId, long clusterId, Points total, List<Subtotal> groups, Map<Long, Points> byNode) {}

    /** Every sheet of a campaign, by sheet id: three queries whatever the number of sheets. */
    public Map<Long, Totals> ofCampaign(long campaignId) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        var tree = scoringSheets.withCriteria(campaign.getScoringSheetId()).orElseThrow(() -> new NotFoundException("sheet", campaign.getScoringSheetId()));
        return of(tree, sheets.ofCampaign(campaignId));
    }

    /**
     * The totals of the given sheets (with their entries loaded) over {@code tree} ({@link TotalsTree}); the best values
     * for criteria relative to the best are taken per cluster among these sheets (give a cluster's sheets together).
     */
    public Map<Long, Totals> of(ScoringSheet tree, Collection<ScoreSheet> given) {
        return TotalsTree.of(tree).totals(given.stream().map(SheetTotals::input).toList());
    }

    /**
     * One sheet's totals as its page and the league table count them: for criteria relative to the best, against the
     * best of the sheets of its cluster in the campaign (read only when the tree has such criteria). What is stored on
     * the sheet ({@link ScoreSheet#recordTotals}, by the caller) comes from here, never from the sheet alone (it would be
     * its own best). As the sheet's values may have changed the cluster's best, the cluster's other sheets whose counted
     * totals now differ from their stored ones are stored again ({@link ScoreSheets#storeTotals}, their version kept).
     */
    @Transactional
    public Totals inCluster(ScoringSheet tree, ScoreSheet sheet) {
        if (!relativeToBest(tree)) return of(tree, List.of(sheet)).get(sheet.getId());
        var cluster = sheets.ofCluster(sheet.getCampaignId(), sheet.getClusterId());
        var counted = of(tree, cluster);
        for (var other : cluster) {
            if (other.getId().equals(sheet.getId()) || other.getStatus() == ScoreSheetStatus.PUBLISHED) continue;
            var t = counted.get(other.getId()).total();
            if (!same(t.self(), other.getSelfTotal()) || !same(t.review(), other.getReviewTotal()) || !same(t.fin(), other.getFinalTotal())) {
                sheets.storeTotals(other.getId(), t.self(), t.review(), t.fin());
            }
        }
        return counted.get(sheet.getId());
    }

    private static boolean same(BigDecimal a, BigDecimal b) { return a == null ? b == null : b != null && a.compareTo(b) == 0; }

    /** Whether some criterion of the tree is scored relative to the best unit of the cluster. */
    public static boolean relativeToBest(ScoringSheet tree) {
        return tree.leaves().stream().anyMatch(c -> c.getFormula() == vn.vusta.thidua.campaign.sheet.Formula.RELATIVE_TO_BEST);
    }

    /**
     * Stores on every given sheet the totals counted over all of them (give a whole campaign, or a cluster's sheets):
     * the stored totals then equal the league table's.
     */
    public void store(ScoringSheet tree, Collection<ScoreSheet> given) {
        var counted = of(tree, given);
        for (var s : given) {
            var t = counted.get(s.getId()).total();
            if (s.getStatus() != ScoreSheetStatus.PUBLISHED) s.recordTotals(t.self(), t.review(), t.fin());
        }
    }

    /** A loaded score sheet as the totals read it. */
    static TotalsTree.Sheet input(ScoreSheet sheet) {
        var entries = new HashMap<Long, TotalsTree.Entry>();
        for (var e : sheet.getEntries()) {
            entries.put(e.getCriterionId(), new TotalsTree.Entry(e.getSelfScore(), e.getReviewValue(), e.getReviewScore(), e.getFinalScore()));
        }
        boolean reviewed = sheet.getStatus().ordinal() >= ScoreSheetStatus.REVIEWED.ordinal();
        return new TotalsTree.Sheet(sheet.getId(), sheet.getUnitId(), sheet.getClusterId(), reviewed, entries);
    }
}
