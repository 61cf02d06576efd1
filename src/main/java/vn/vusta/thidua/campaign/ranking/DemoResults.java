package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.assessment.ScoreSheet;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.assessment.TotalsTree;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.DemoSheets;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * DEMO ONLY (demo switch {@code thidua.demo.enabled}): a published 2024 campaign for the 9 VUSTA clusters of 2024 on
 * the demo scoring sheet ({@link DemoSheets}, {@value DemoSheets#CODE}), every member's sheet self-assessed, reviewed
 * (the head's own by the deputy), final and published, with invented scores, so that a newcomer sees league tables,
 * exports and the comparison on the same sheet the sheet pages show. Publishing locks that sheet (version 1, 2024), so
 * the next year's version starts as a copy (version 2, from 2025), as the office would do. Labelled "dữ liệu mẫu";
 * loaded once (idempotent: nothing happens when the campaign exists).
 */
@Component
@Order(20)
class DemoResults implements ApplicationRunner {
    static final String NAME = "Thi đua cụm Liên hiệp Hội tỉnh, thành phố năm 2024 (dữ liệu mẫu)";
    /** The name this demo had before it used the demo sheet: a database that holds it gets no second one. */
    private static final String OLD_NAME = "Thi đua cụm Liên hiệp Hội tỉnh, thành phố năm 2024 (minh họa – demo)";
    static final int YEAR = 2024;
    private static final Logger log = LoggerFactory.getLogger(DemoResults.class);

    private final Environment environment;
    private final TransactionTemplate tx;
    private final Campaigns campaigns;
    private final DemoSheets demoSheets;
    private final ScoringSheets sheets;
    private final ScoreSheets scoreSheets;
    private final ClusterQueries clusters;
    private final UnitCatalog units;
    private final AuditTrail audit;

    DemoResults(Environment environment, TransactionTemplate tx, Campaigns campaigns, DemoSheets demoSheets, ScoringSheets sheets,
                ScoreSheets scoreSheets, ClusterQueries clusters, UnitCatalog units, AuditTrail audit) {
        this.environment = environment;
        this.tx = tx;
        this.campaigns = campaigns;
        this.demoSheets = demoSheets;
        this.sheets = sheets;
        this.scoreSheets = scoreSheets;
        this.clusters = clusters;
        this.units = units;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) return;
        tx.executeWithoutResult(s -> {
            if (campaigns.findByYearOrderByLevelAscNameAsc(YEAR).stream().anyMatch(c -> c.getName().equals(NAME) || c.getName().equals(OLD_NAME))) return;
            var owner = units.byCode("LHHVN").orElseThrow();
            var sheet = sheets.withCriteria(demoSheets.ensureDemoSheet()).orElseThrow();
            var campaign = new Campaign(YEAR, NAME, ClusterLevel.VUSTA, ClusterKind.CLUSTER, owner.id());
            campaign.useSheet(sheet.getId());
            campaign.schedule(new Deadlines(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30),
                    LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 11), LocalDate.of(2024, 12, 18),
                    LocalDate.of(2024, 12, 25)));
            campaign.configureReview(campaign.getReviewMode(), TieBreak.GROUPS_IN_ORDER.name());
            campaign.open("vanphong.demo", Instant.parse("2024-01-15T02:00:00Z"));
            campaigns.save(campaign);
            var tree = TotalsTree.of(sheet);
            int count = 0;
            for (var cluster : clusters.ofYear(YEAR)) {
                if (cluster.kind() != ClusterKind.CLUSTER) continue;
                count += fill(campaign, sheet, tree, cluster);
            }
            campaign.publish("vanphong.demo", Instant.parse("2024-12-25T03:00:00Z"));
            nextYearsCopy(sheet);
            sheet.lock("Dùng cho kết quả đã công bố: " + NAME);
            audit.record("CAMPAIGN_DEMO_RESULTS_LOADED", "campaign", campaign.getId(), "Nạp dữ liệu mẫu: " + NAME + ", "
                    + count + " phiếu chấm điểm trên bảng điểm " + DemoSheets.CODE, null, Map.of("sheets", count, "scoringSheet", DemoSheets.CODE));
            log.info("Demo: published 2024 campaign with {} score sheets on {} loaded", count, DemoSheets.CODE);
        });
    }

    /** The demo sheet's next version (from 2025), unless one exists: the 2024 version is locked by the published results. */
    private void nextYearsCopy(ScoringSheet sheet) {
        boolean exists = sheets.findByOwnerUnitIdOrderByCodeAscSheetVersionDesc(sheet.getOwnerUnitId()).stream()
                .anyMatch(x -> x.getCode().equals(sheet.getCode()) && x.getSheetVersion() > sheet.getSheetVersion());
        if (exists) return;
        var copy = sheets.save(sheet.copyAsVersion(sheet.getSheetVersion() + 1, LocalDate.of(YEAR + 1, 1, 1)));
        audit.record("SHEET_COPIED", "scoring_sheet", copy.getId(), "Sao chép bảng điểm mẫu " + sheet.getCode() + " thành phiên bản "
                + copy.getSheetVersion() + " cho năm " + (YEAR + 1) + " (dữ liệu mẫu)", null, Map.of("from", sheet.getId(), "validFrom", (YEAR + 1) + "-01-01"));
    }

    /**
     * Every member's sheet of one cluster, scored by a head who is more or less strict; the totals are counted over the
     * cluster's sheets together (relative to the best); returns the number of sheets.
     */
    private int fill(Campaign campaign, ScoringSheet sheet, TotalsTree tree, ClusterView cluster) {
        var leaves = sheet.leaves();
        var random = new Random(cluster.code().hashCode() * 31L + YEAR);
        double strictness = 0.75 + random.nextDouble() * 0.2;
        var made = new ArrayList<ScoreSheet>();
        var inputs = new ArrayList<TotalsTree.Sheet>();
        for (var m : cluster.members()) {
            var unit = m.unit();
            var scores = new ScoreSheet(campaign.getId(), cluster.id(), unit.id(), leaves.stream().map(Criterion::getId).toList());
            var r = new Random(unit.code().hashCode());
            var entries = new HashMap<Long, TotalsTree.Entry>();
            var self = new HashMap<Long, BigDecimal>();
            for (var c : leaves) {
                var value = value(c, r, 0.85 + r.nextDouble() * 0.15);
                var points = points(c, value);
                scores.fillSelf(c.getId(), value, points, "Số liệu theo báo cáo năm 2024 (dữ liệu mẫu)");
                self.put(c.getId(), points);
            }
            scores.submit(officer(unit.code()), Instant.parse("2024-11-28T03:00:00Z"));
            for (var c : leaves) {
                var value = value(c, r, strictness * (0.8 + r.nextDouble() * 0.2));
                var points = points(c, value);
                scores.fillReview(c.getId(), value, points, "Cụm trưởng chấm (dữ liệu mẫu)");
                entries.put(c.getId(), new TotalsTree.Entry(self.get(c.getId()), value, points, points));
            }
            var reviewer = cluster.head() != null && cluster.head().id() == unit.id() ? cluster.deputy() : cluster.head();
            scores.completeReview(reviewer == null ? "vanphong.demo" : officer(reviewer.code()), Instant.parse("2024-12-08T03:00:00Z"));
            scores.finalise();
            inputs.add(new TotalsTree.Sheet(made.size(), unit.id(), cluster.id(), true, entries));
            made.add(scores);
        }
        var totals = tree.totals(inputs);
        for (int i = 0; i < made.size(); i++) {
            var t = totals.get((long) i).total();
            made.get(i).recordTotals(t.self(), t.review(), t.fin());
            made.get(i).publish();
        }
        scoreSheets.saveAll(made);
        return made.size();
    }

    /** Points as the sheet page counts them: relative to the best is left to the totals (against the cluster's best). */
    static BigDecimal points(Criterion c, BigDecimal value) {
        return c.getFormula() == Formula.RELATIVE_TO_BEST ? null : ScoreRule.of(c).points(value, BigDecimal.TEN, null);
    }

    /** What a unit enters: a share of the criterion's range by its type (values of a demo, not of any real unit). */
    static BigDecimal value(Criterion c, Random r, double share) {
        var max = c.getMaxPoints().doubleValue();
        return switch (c.getType()) {
            case QUANTITATIVE -> BigDecimal.valueOf(Math.round(10 * share * 1.1));
            case JUDGED -> BigDecimal.valueOf(Math.round(max * share * 2) / 2.0);
            case PASS_FAIL -> share > 0.7 ? BigDecimal.ONE : BigDecimal.ZERO;
            case PER_OCCURRENCE -> BigDecimal.valueOf(Math.round(share * max / c.getPointsPerOccurrence().doubleValue()));
            case BONUS -> BigDecimal.valueOf(r.nextInt(3));
            case PENALTY -> BigDecimal.valueOf(r.nextInt(10) < 7 ? 0 : 1);
            case GROUP -> throw new IllegalStateException();
        };
    }

    private static String officer(String unitCode) { return "demo:" + unitCode; }
}
