package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitSummary;

/** Everything the sheet page and the API show of one sheet, read in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
public class SheetView {
    private final ScoreSheets sheets;
    private final SheetAccess access;
    private final SheetScoring scoring;
    private final SheetTotals totals;
    private final EvidenceFiles evidence;
    private final ScoreReviews reviews;
    private final Explanations explanations;
    private final ExplanationWindow window;
    private final UnitCatalog units;
    private final ActorContext actors;

    SheetView(ScoreSheets sheets, SheetAccess access, SheetScoring scoring, SheetTotals totals, EvidenceFiles evidence, ScoreReviews reviews,
              Explanations explanations, ExplanationWindow window, UnitCatalog units, ActorContext actors) {
        this.sheets = sheets;
        this.access = access;
        this.scoring = scoring;
        this.totals = totals;
        this.evidence = evidence;
        this.reviews = reviews;
        this.explanations = explanations;
        this.window = window;
        this.units = units;
        this.actors = actors;
    }

    /** One node of the tree with what was entered for it. */
    public record Row(Criterion criterion, int depth, ScoreEntry entry, BigDecimal target, boolean targetMissing,
                      SheetTotals.Points points, List<EvidenceFile> files, List<ScoreReview> reviews, Explanation explanation) {
        public boolean group() { return criterion.getType().isGroup(); }
        public boolean relative() { return criterion.getFormula() == Formula.RELATIVE_TO_BEST; }
        public boolean passFail() { return criterion.getType() == CriterionType.PASS_FAIL; }
        public ScoreReview review(int seat) { return reviews.stream().filter(r -> r.getSeat() == seat).findFirst().orElse(null); }
    }

    /** What the actor may do now. */
    public record Can(boolean edit, boolean review, Integer seat, boolean explain, boolean decide, boolean manage) {}

    public record Page(ScoreSheet sheet, Campaign campaign, ClusterView cluster, UnitSummary unit, UnitSummary carriedFrom,
                       ScoringSheet tree, List<Row> rows, SheetTotals.Totals totals, List<Reviewers.Seat> seats, Can can,
                       boolean explanationWindowOpen, List<Explanation> explanations, List<String> provisionalRelative) {
        /** Whether points relative to the cluster's best may still change (shown as provisional, "tạm tính"). */
        public boolean provisional() { return !provisionalRelative.isEmpty(); }
    }

    public Page of(long sheetId) {
        var sheet = sheets.withEntries(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        var context = access.context(sheet);
        var basis = scoring.basis(sheet);
        var files = evidence.findByScoreSheetIdOrderById(sheetId);
        var sheetReviews = reviews.findByScoreSheetId(sheetId);
        var sheetExplanations = explanations.findByScoreSheetIdOrderById(sheetId);
        var clusterSheets = basis.tree().leaves().stream().anyMatch(c -> c.getFormula() == Formula.RELATIVE_TO_BEST)
                ? sheets.ofCluster(sheet.getCampaignId(), sheet.getClusterId()) : List.of(sheet);
        var t = totals.of(basis.tree(), clusterSheets).get(sheetId);
        // the cluster's best may still change while a sheet of the cluster awaits its review: its relative criteria
        var provisional = sheet.getStatus() != ScoreSheetStatus.PUBLISHED
                && clusterSheets.stream().anyMatch(x -> x.getStatus().ordinal() < ScoreSheetStatus.REVIEWED.ordinal())
                ? basis.tree().leaves().stream().filter(c -> c.getFormula() == Formula.RELATIVE_TO_BEST).map(Criterion::getCode).toList()
                : List.<String>of();
        var entries = new HashMap<Long, ScoreEntry>();
        sheet.getEntries().forEach(e -> entries.put(e.getCriterionId(), e));
        var rows = new ArrayList<Row>();
        collect(basis.tree(), basis.tree().roots(), 0, entries, basis.targets(), t, files, sheetReviews, sheetExplanations, rows);
        var names = units.byIds(sheet.getCarriedFromUnitId() == null ? List.of(sheet.getUnitId()) : List.of(sheet.getUnitId(), sheet.getCarriedFromUnitId()));
        var actor = actors.current();
        var seat = access.seatOf(actor, context);
        boolean own = access.isOwnUnit(actor, sheet);
        boolean windowOpen = window.open(basis.campaign());
        var status = sheet.getStatus();
        var can = new Can(own && status.editableByUnit(), seat.isPresent() && status == ScoreSheetStatus.SUBMITTED,
                seat.map(Reviewers.Seat::index).orElse(null),
                own && windowOpen && (status == ScoreSheetStatus.REVIEWED || status == ScoreSheetStatus.IN_EXPLANATION),
                (actor.isOffice() || access.isSupervisor(actor, context.cluster())) && status == ScoreSheetStatus.IN_EXPLANATION,
                actor.isOffice());
        return new Page(sheet, basis.campaign(), context.cluster(), names.get(sheet.getUnitId()),
                sheet.getCarriedFromUnitId() == null ? null : names.get(sheet.getCarriedFromUnitId()), basis.tree(), rows, t, context.seats(), can,
                windowOpen, sheetExplanations, provisional);
    }

    private static void collect(ScoringSheet tree, List<Criterion> nodes, int depth, Map<Long, ScoreEntry> entries, Map<Long, BigDecimal> targets,
                                SheetTotals.Totals t, List<EvidenceFile> files, List<ScoreReview> reviews, List<Explanation> explanations, List<Row> out) {
        for (var c : nodes) {
            var target = targets.get(c.getId());
            boolean needsTarget = c.getType() == CriterionType.QUANTITATIVE && c.getFormula() != Formula.RELATIVE_TO_BEST;
            out.add(new Row(c, depth, entries.get(c.getId()), target, needsTarget && target == null, t.byNode().get(c.getId()),
                    files.stream().filter(f -> f.getCriterionId() == c.getId()).toList(),
                    reviews.stream().filter(r -> r.getCriterionId() == c.getId()).toList(),
                    explanations.stream().filter(x -> x.getCriterionId() == c.getId()).findFirst().orElse(null)));
            if (c.getType().isGroup()) collect(tree, tree.children(c), depth + 1, entries, targets, t, files, reviews, explanations, out);
        }
    }
}
