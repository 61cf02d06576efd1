package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.assessment.ScoreSheet;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.Criterion;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.DemoSheets;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoreRule;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The league table counts as the score sheet page does: on the 61-node demo sheet (groups three deep, relative to the
 * best, a bonus group whose criteria add up to more than its cap of 10 and a penalty group likewise), every member's
 * self, review and final totals in the table equal the totals its sheet page shows, including a sheet whose final
 * score was changed by an explanation's decision and one still only reviewed.
 */
@IntegrationTest
class LeagueTotalsIntegrationTests {
    private static final Pattern TOTAL = Pattern.compile("id=\"total-(self|review|final)\"[^>]*>([^<]*)<");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;
    @Autowired DemoSheets demoSheets;
    @Autowired ClusterQueries clusters;
    @Autowired Results results;

    Long campaignId;

    @AfterEach
    void removeTheCampaign() {
        if (campaignId == null) return;
        jdbc.update("delete from score_entry where score_sheet_id in (select id from score_sheet where campaign_id = ?)", campaignId);
        jdbc.update("delete from score_sheet where campaign_id = ?", campaignId);
        jdbc.update("delete from campaign where id = ?", campaignId);
    }

    @Test
    void theLeagueTableTotalOfEveryMemberEqualsItsSheetPageTotal() throws Exception {
        long sheetId = demoSheets.ensureDemoSheet();
        long cluster = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2024 and level = 'VUSTA'", Long.class);
        long owner = jdbc.queryForObject("select id from unit where code = 'LHH-LCU'", Long.class);
        campaignId = openCampaign(2024, "Thi đua thử tổng điểm 2024 LHH-LCU", sheetId, owner, TieBreak.FEWER_PENALTIES);
        var members = jdbc.queryForList("select unit_id from cluster_member where cluster_id = ? order by unit_id", Long.class, cluster);
        assertThat(members).hasSizeGreaterThanOrEqualTo(4);
        var sheetOfUnit = new HashMap<Long, Long>();
        tx.executeWithoutResult(s -> {
            var leaves = sheets.withCriteria(sheetId).orElseThrow().leaves();
            for (int i = 0; i < members.size(); i++) {
                var sheet = scored(leaves, campaignId, members.get(i), cluster, i, i == members.size() - 1);
                sheetOfUnit.put(members.get(i), scoreSheets.save(sheet).getId());
            }
        });

        var table = results.leagueTable(results.campaign(campaignId), clusters.get(cluster));
        assertThat(table.rows()).hasSize(members.size());
        var groups = table.groups().stream().map(g -> g.code()).toList();
        assertThat(groups).containsExactly("I", "II", "III", "IV", "V", "VI", "VII");
        var first = table.rows().stream().filter(r -> r.unit().id() == members.getFirst()).findFirst().orElseThrow();
        assertThat(first.groups().get(5)).isEqualByComparingTo("10");     // bonus criteria worth 12, the group's cap is 10
        assertThat(first.groups().get(6)).isEqualByComparingTo("-10");    // penalties worth 13, capped at 10
        assertThat(table.rows().stream().filter(r -> r.status() == ScoreSheetStatus.REVIEWED)).hasSize(1);
        for (var row : table.rows()) {
            var page = totalsOnPage(sheetOfUnit.get(row.unit().id()));
            assertThat(row.self()).as("self total of %s", row.unit().code()).isEqualByComparingTo(page.get("self"));
            assertThat(row.review()).as("review total of %s", row.unit().code()).isEqualByComparingTo(page.get("review"));
            assertThat(row.fin()).as("final total of %s", row.unit().code()).isEqualByComparingTo(page.get("final"));
            assertThat(row.groups().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(row.fin());
        }
    }

    @Autowired vn.vusta.thidua.campaign.assessment.SheetTotals sheetTotals;
    Map<String, Object> demoSheetLock;

    @AfterEach
    void demoSheetAsBefore() {
        if (demoSheetLock == null) return;
        jdbc.update("update scoring_sheet set locked = ?, locked_reason = ? where id = ?", demoSheetLock.get("locked"), demoSheetLock.get("locked_reason"),
                demoSheetLock.get("id"));
    }

    /**
     * A sheet saved on its own stores totals counted without its cluster (a criterion relative to the best is then its
     * own best, full marks); at publication every sheet stores the totals of the table being published (year 2078).
     */
    @Test
    void thePublishedSheetsStoreTheTotalsOfThePublishedTable() throws Exception {
        long sheetId = demoSheets.ensureDemoSheet();
        demoSheetLock = jdbc.queryForMap("select id, locked, locked_reason from scoring_sheet where id = ?", sheetId);
        long cluster = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2024 and level = 'VUSTA'", Long.class);
        long owner = jdbc.queryForObject("select id from unit where code = 'LHH-LCU'", Long.class);
        campaignId = openCampaign(2078, "Thi đua thử tổng điểm lưu 2078", sheetId, owner, TieBreak.GROUPS_IN_ORDER);
        var members = jdbc.queryForList("select unit_id from cluster_member where cluster_id = ? order by unit_id", Long.class, cluster);
        tx.executeWithoutResult(s -> {
            var tree = sheets.withCriteria(sheetId).orElseThrow();
            for (int i = 0; i < members.size(); i++) {
                var sheet = scoreSheets.save(scored(tree.leaves(), campaignId, members.get(i), cluster, i, false));
                var alone = sheetTotals.of(tree, List.of(sheet)).get(sheet.getId()).total();
                sheet.recordTotals(alone.self(), alone.review(), alone.fin());
            }
        });
        var before = results.leagueTable(results.campaign(campaignId), clusters.get(cluster));
        assertThat(before.rows()).anySatisfy(r -> assertThat(storedFinal(r.unit().id())).isNotEqualByComparingTo(r.fin()));

        long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, campaignId);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/campaigns/{id}/publish", campaignId)
                        .param("version", String.valueOf(version))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(user("vanphong.demo")))
                .andExpect(status().is3xxRedirection());
        var table = results.leagueTable(results.campaign(campaignId), clusters.get(cluster));
        assertThat(table.published()).isTrue();
        for (var row : table.rows()) {
            var stored = jdbc.queryForMap("select self_total, review_total, final_total from score_sheet where campaign_id = ? and unit_id = ?",
                    campaignId, row.unit().id());
            assertThat((BigDecimal) stored.get("self_total")).as("stored self total of %s", row.unit().code()).isEqualByComparingTo(row.self());
            assertThat((BigDecimal) stored.get("review_total")).as("stored review total of %s", row.unit().code()).isEqualByComparingTo(row.review());
            assertThat((BigDecimal) stored.get("final_total")).as("stored final total of %s", row.unit().code()).isEqualByComparingTo(row.fin());
        }
    }

    /** An open campaign of VUSTA's clusters in {@code year} on the sheet, owned by {@code owner}. */
    private long openCampaign(int year, String name, long sheetId, long owner, TieBreak tieBreak) {
        return tx.execute(s -> {
            var c = new Campaign(year, name, ClusterLevel.VUSTA, ClusterKind.CLUSTER, owner);
            c.useSheet(sheetId);
            c.schedule(new Deadlines(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30),
                    LocalDate.of(year, 11, 30), LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 11), LocalDate.of(year, 12, 20),
                    LocalDate.of(year, 12, 31)));
            c.configureReview(c.getReviewMode(), tieBreak.name());
            c.open("vanphong.demo", Instant.parse(year + "-01-05T02:00:00Z"));
            return campaigns.save(c).getId();
        });
    }

    private BigDecimal storedFinal(long unitId) {
        return jdbc.queryForObject("select final_total from score_sheet where campaign_id = ? and unit_id = ?", BigDecimal.class, campaignId, unitId);
    }

    /** The totals the score sheet page shows to the office. */
    private Map<String, BigDecimal> totalsOnPage(long sheetId) throws Exception {
        var html = mvc.perform(get("/score-sheets/{id}", sheetId).with(user("vanphong.demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var out = new HashMap<String, BigDecimal>();
        var m = TOTAL.matcher(html);
        while (m.find()) out.put(m.group(1), new BigDecimal(m.group(2).strip()));
        assertThat(out).containsOnlyKeys("self", "review", "final");
        return out;
    }

    /**
     * Member {@code i}'s sheet: self-assessed, reviewed and (but for the last member) final. Member 0 claims every bonus
     * and penalty to the full; member 1's final score of a relative-to-best criterion is set by an explanation's decision.
     */
    private static ScoreSheet scored(List<Criterion> leaves, long campaign, long unit, long cluster, int i, boolean last) {
        var sheet = new ScoreSheet(campaign, cluster, unit, leaves.stream().map(Criterion::getId).toList());
        var random = new Random(1000 + i);
        var reviewValues = new ArrayList<BigDecimal>();
        for (var c : leaves) {
            var value = value(c, random, i == 0);
            sheet.fillSelf(c.getId(), value, points(c, value), null);
            reviewValues.add(value(c, random, i == 0));
        }
        sheet.submit("test", Instant.parse("2024-11-30T02:00:00Z"));
        for (int k = 0; k < leaves.size(); k++) {
            var c = leaves.get(k);
            sheet.fillReview(c.getId(), reviewValues.get(k), points(c, reviewValues.get(k)), null);
        }
        sheet.completeReview("reviewer", Instant.parse("2024-12-05T02:00:00Z"));
        if (last) return sheet;
        if (i == 1) {
            sheet.contest();
            var relative = leaves.stream().filter(c -> c.getFormula() == Formula.RELATIVE_TO_BEST).findFirst().orElseThrow();
            sheet.decide(relative.getId(), new BigDecimal("1.25"), "Chấp nhận giải trình");
        }
        sheet.finalise();
        return sheet;
    }

    private static BigDecimal points(Criterion c, BigDecimal value) {
        return c.getFormula() == Formula.RELATIVE_TO_BEST ? null : ScoreRule.of(c).points(value, BigDecimal.TEN, null);
    }

    private static BigDecimal value(Criterion c, Random r, boolean everything) {
        double share = 0.5 + r.nextDouble() * 0.5;
        var max = c.getMaxPoints().doubleValue();
        return switch (c.getType()) {
            case QUANTITATIVE -> BigDecimal.valueOf(Math.round(12 * share));
            case JUDGED -> BigDecimal.valueOf(Math.round(max * share * 2) / 2.0);
            case PASS_FAIL -> share > 0.6 ? BigDecimal.ONE : BigDecimal.ZERO;
            case PER_OCCURRENCE -> BigDecimal.valueOf(Math.round(share * max / c.getPointsPerOccurrence().doubleValue()));
            case BONUS, PENALTY -> everything ? BigDecimal.valueOf(c.getPointsPerOccurrence() == null ? max : 10) : BigDecimal.valueOf(r.nextInt(2));
            case GROUP -> throw new IllegalStateException();
        };
    }
}
