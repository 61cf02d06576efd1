package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.assessment.ScoreSheet;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.registration.Registration;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.registration.TargetSpec;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterKind;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterSchemeUsage;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/** The cycle's core tables on the real PostgreSQL: a criteria tree, a campaign, a unit's score sheet. */
@IntegrationTest
class CampaignCoreIntegrationTests {
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Statements statements;
    @Autowired ClusterSchemeUsage usage;
    @Autowired Registrations registrations;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long sheetWithTree(String code) {
        return tx.execute(s -> {
            var sheet = new ScoringSheet(code, 1, "Bảng điểm thi đua cụm LHH tỉnh, thành phố", ClusterLevel.VUSTA, unit("LHHVN"), LocalDate.of(2025, 1, 1));
            var g = sheet.add(null, new CriterionSpec("I", "Công tác tổ chức", null, CriterionType.GROUP, null, new BigDecimal("60"), null, false, null));
            var g1 = sheet.add(g, new CriterionSpec("I.1", "Phát triển hội viên", null, CriterionType.GROUP, null, BigDecimal.ZERO, null, false, null));
            sheet.add(g1, new CriterionSpec("I.1.a", "Số hội thành viên mới", "Theo quyết định thành lập", CriterionType.QUANTITATIVE,
                    Formula.PROPORTIONAL, new BigDecimal("20"), null, true, "hội"));
            sheet.add(g, new CriterionSpec("I.2", "Báo cáo đúng hạn", null, CriterionType.PASS_FAIL, null, new BigDecimal("5"), null, false, null));
            sheet.add(null, new CriterionSpec("II", "Điểm trừ", null, CriterionType.PENALTY, null, new BigDecimal("10"), new BigDecimal("2"), false, null));
            return sheets.save(sheet).getId();
        });
    }

    @Test
    void aTreeOfAnyDepthIsStoredAndReadInOneQuery() {
        long id = sheetWithTree("T-TREE");
        var count = statements.during(() -> tx.executeWithoutResult(s -> {
            var sheet = sheets.withCriteria(id).orElseThrow();
            assertThat(sheet.leaves()).extracting(c -> c.getCode()).containsExactly("I.1.a", "I.2", "II");
            assertThat(sheet.children(sheet.roots().getFirst())).extracting(c -> c.getCode()).containsExactly("I.1", "I.2");
            assertThat(sheet.maxTotal()).isEqualByComparingTo("60");
        }));
        assertThat(count.total()).as(count.toString()).isEqualTo(1);
    }

    @Test
    void aCopyForANewYearIsStoredAsTheNextVersion() {
        long id = sheetWithTree("T-COPY");
        long copyId = tx.execute(s -> {
            var sheet = sheets.withCriteria(id).orElseThrow();
            sheet.lock("Dùng cho kết quả năm 2025 đã công bố");
            var next = sheets.lastVersion(sheet.getOwnerUnitId(), sheet.getCode()) + 1;
            return sheets.save(sheet.copyAsVersion(next, LocalDate.of(2026, 1, 1))).getId();
        });
        tx.executeWithoutResult(s -> {
            var copy = sheets.withCriteria(copyId).orElseThrow();
            assertThat(copy.getSheetVersion()).isEqualTo(2);
            assertThat(copy.getCopiedFromId()).isEqualTo(id);
            assertThat(copy.leaves()).extracting(c -> c.getCode()).containsExactly("I.1.a", "I.2", "II");
            assertThat(copy.leaves().getFirst().getParent().getCode()).isEqualTo("I.1");
        });
        assertThat(jdbc.queryForObject("select locked from scoring_sheet where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void anOpenedCampaignKeepsItsSheetAndLocksTheYearsClusterScheme() {
        long sheetId = sheetWithTree("T-CAMP");
        assertThat(usage.usesSchemeOf(2031)).isFalse();
        long campaignId = tx.execute(s -> {
            var c = new Campaign(2031, "Thi đua cụm năm 2031", ClusterLevel.VUSTA, ClusterKind.CLUSTER, unit("LHHVN"));
            c.useSheet(sheetId);
            c.schedule(new Deadlines(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 6, 30), LocalDate.of(2031, 9, 30),
                    LocalDate.of(2031, 11, 30), LocalDate.of(2031, 12, 10), LocalDate.of(2031, 12, 11), LocalDate.of(2031, 12, 20),
                    LocalDate.of(2031, 12, 31)));
            c.open("vanphong.demo", Instant.parse("2031-01-05T02:00:00Z"));
            return campaigns.save(c).getId();
        });
        assertThat(usage.usesSchemeOf(2031)).isTrue();
        var stored = campaigns.findById(campaignId).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(CampaignStatus.OPEN);
        assertThat(stored.deadlines().selfAssessment()).isEqualTo(LocalDate.of(2031, 11, 30));
    }

    @Test
    void aUnitsScoreSheetIsStoredWithAnEntryPerCriterion() {
        long sheetId = sheetWithTree("T-SCORE");
        long clusterId = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2025 and level = 'VUSTA'", Long.class);
        long campaignId = tx.execute(s -> campaigns.save(new Campaign(2032, "Thi đua 2032", ClusterLevel.VUSTA, ClusterKind.CLUSTER, unit("LHHVN"))).getId());
        long id = tx.execute(s -> {
            var leaves = sheets.withCriteria(sheetId).orElseThrow().leaves().stream().map(c -> c.getId()).toList();
            var sheet = new ScoreSheet(campaignId, clusterId, unit("LHH-HNI"), leaves);
            sheet.fillSelf(leaves.getFirst(), new BigDecimal("3"), new BigDecimal("15"), "3 hội mới");
            return scoreSheets.save(sheet).getId();
        });
        tx.executeWithoutResult(s -> {
            var sheet = scoreSheets.withEntries(id).orElseThrow();
            assertThat(sheet.getEntries()).hasSize(3);
            assertThat(sheet.unfilled()).hasSize(2);
            assertThat(scoreSheets.ofCluster(campaignId, clusterId)).hasSize(1);
        });
        tx.executeWithoutResult(s -> {
            var r = new Registration(campaignId, clusterId, unit("LHH-HNI"));
            var criterion = sheets.withCriteria(sheetId).orElseThrow().leaves().getFirst().getId();
            r.fill(List.of(new TargetSpec(criterion, "Số hội thành viên mới", "hội", new BigDecimal("4"))), "Cờ thi đua");
            registrations.save(r);
        });
        var r = registrations.ofCluster(campaignId, clusterId);
        assertThat(r).singleElement().satisfies(x -> assertThat(x.getTargets()).hasSize(1));
    }
}
