package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.assessment.TotalsTree;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.DemoSheets;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.NationalDemoData;
import vn.vusta.thidua.organization.UnitCatalog;

/**
 * DEMO ONLY (demo switch {@code thidua.demo.enabled}): the scores of a national-scale year (issue 7 §7), for
 * demonstrations and the benchmark of the league table and the results API. On the national demo units and internal
 * clusters ({@link NationalDemoData}: about 2,000 member associations in about 300 clusters) one published campaign,
 * named "… (dữ liệu mẫu)", on the demo scoring sheet ({@link DemoSheets}): every association's sheet self-assessed,
 * reviewed by its cluster's head and final, with invented scores. Idempotent (a second run finds the campaign and
 * adds nothing); batch inserts, a few dozen statements in all.
 */
@Component
public class NationalDemoScores {
    /** What a run found or made. */
    public record Counts(long campaignId, int clusters, int sheets, int entries, boolean created, long millis) {}

    private final NationalDemoData national;
    private final DemoSheets demoSheets;
    private final ScoringSheets sheets;
    private final Campaigns campaigns;
    private final UnitCatalog units;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Environment environment;

    NationalDemoScores(NationalDemoData national, DemoSheets demoSheets, ScoringSheets sheets, Campaigns campaigns, UnitCatalog units,
                       JdbcTemplate jdbc, AuditTrail audit, Environment environment) {
        this.national = national;
        this.demoSheets = demoSheets;
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.units = units;
        this.jdbc = jdbc;
        this.audit = audit;
        this.environment = environment;
    }

    static String name(int year) { return "Thi đua các cụm hội thành viên của Liên hiệp Hội tỉnh, thành phố năm " + year + " (dữ liệu mẫu)"; }

    @Transactional
    public Counts ensure(int year) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("National demo scores need the demo switch (thidua.demo.enabled=true)");
        }
        long start = System.nanoTime();
        national.ensureUnitsAndClusters(year);
        var clusters = national.demoClusters(year);
        var existing = campaigns.findByYearOrderByLevelAscNameAsc(year).stream().filter(c -> c.getName().equals(name(year))).findFirst();
        if (existing.isPresent()) {
            long id = existing.get().getId();
            int count = jdbc.queryForObject("select count(*) from score_sheet where campaign_id = ?", Integer.class, id);
            int entries = jdbc.queryForObject("select count(*) from score_entry e join score_sheet s on s.id = e.score_sheet_id where s.campaign_id = ?",
                    Integer.class, id);
            return new Counts(id, clusters.size(), count, entries, false, millis(start));
        }
        var sheet = sheets.withCriteria(demoSheets.ensureDemoSheet()).orElseThrow();
        var campaign = new Campaign(year, name(year), ClusterLevel.PROVINCIAL, ClusterKind.CLUSTER, units.byCode("LHHVN").orElseThrow().id());
        campaign.useSheet(sheet.getId());
        campaign.schedule(new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 11), LocalDate.of(year, 12, 18),
                LocalDate.of(year, 12, 25)));
        campaign.configureReview(campaign.getReviewMode(), TieBreak.GROUPS_IN_ORDER.name());
        campaign.open("vanphong.demo", Instant.parse(year + "-01-15T02:00:00Z"));
        campaigns.saveAndFlush(campaign);

        var tree = TotalsTree.of(sheet);
        var leaves = sheet.leaves();
        var submitted = OffsetDateTime.of(year, 11, 28, 3, 0, 0, 0, ZoneOffset.UTC);
        var reviewed = OffsetDateTime.of(year, 12, 8, 3, 0, 0, 0, ZoneOffset.UTC);
        var sheetRows = new ArrayList<Object[]>();
        var entriesOfUnit = new HashMap<Long, Map<Long, BigDecimal[]>>();
        for (var cluster : clusters) {
            var inputs = new ArrayList<TotalsTree.Sheet>();
            var random = new Random(cluster.id() * 31L + year);
            double strictness = 0.75 + random.nextDouble() * 0.2;
            for (long unit : cluster.members()) {
                var values = scores(leaves, new Random(unit * 131L + year), strictness);
                entriesOfUnit.put(unit, values);
                var entries = new HashMap<Long, TotalsTree.Entry>();
                values.forEach((criterion, v) -> entries.put(criterion, new TotalsTree.Entry(v[1], v[2], v[3], v[3])));
                inputs.add(new TotalsTree.Sheet(unit, unit, cluster.id(), true, entries));
            }
            var totals = tree.totals(inputs);
            String reviewer = "demo:head-" + (cluster.headUnitId() == null ? cluster.id() : cluster.headUnitId());
            for (long unit : cluster.members()) {
                var t = totals.get(unit).total();
                sheetRows.add(new Object[] {campaign.getId(), cluster.id(), unit, "demo:" + unit, submitted, reviewer, reviewed, t.self(), t.review(), t.fin()});
            }
        }
        jdbc.batchUpdate("""
                insert into score_sheet (campaign_id, cluster_id, unit_id, status, submitted_by, submitted_at, reviewed_by, reviewed_at,
                  self_total, review_total, final_total)
                values (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?)""", sheetRows);
        var entryRows = new ArrayList<Object[]>(sheetRows.size() * leaves.size());
        jdbc.query("select unit_id, id from score_sheet where campaign_id = ?", rs -> {
            long sheetId = rs.getLong(2);
            entriesOfUnit.get(rs.getLong(1)).forEach((criterion, v) -> entryRows.add(new Object[] {sheetId, criterion, v[0], v[1], v[2], v[3], v[3]}));
        }, campaign.getId());
        jdbc.batchUpdate("""
                insert into score_entry (score_sheet_id, criterion_id, self_value, self_score, review_value, review_score, final_score)
                values (?, ?, ?, ?, ?, ?, ?)""", entryRows);
        campaign.publish("vanphong.demo", Instant.parse(year + "-12-25T03:00:00Z"));
        if (!sheet.isLocked()) sheet.lock("Dùng cho kết quả đã công bố: " + name(year));
        var counts = new Counts(campaign.getId(), clusters.size(), sheetRows.size(), entryRows.size(), true, millis(start));
        audit.record("CAMPAIGN_DEMO_RESULTS_LOADED", "campaign", campaign.getId(), "Nạp dữ liệu mẫu toàn quốc: " + name(year) + ", "
                + counts.sheets() + " phiếu chấm điểm trong " + counts.clusters() + " cụm", null,
                Map.of("sheets", counts.sheets(), "clusters", counts.clusters(), "scoringSheet", DemoSheets.CODE));
        return counts;
    }

    /** Per leaf criterion: {self value, self points, review value, review points} (relative to best: points left to the totals). */
    private static Map<Long, BigDecimal[]> scores(List<Criterion> leaves, Random r, double strictness) {
        var out = new HashMap<Long, BigDecimal[]>();
        for (var c : leaves) {
            var self = DemoResults.value(c, r, 0.85 + r.nextDouble() * 0.15);
            var review = DemoResults.value(c, r, strictness * (0.8 + r.nextDouble() * 0.2));
            out.put(c.getId(), new BigDecimal[] {self, DemoResults.points(c, self), review, DemoResults.points(c, review)});
        }
        return out;
    }

    private static long millis(long start) { return (System.nanoTime() - start) / 1_000_000; }
}
