package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.ScoresPublished;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.support.IntegrationTest;

/** The league table, who sees it before and after publication, publication itself and the public results API. */
@IntegrationTest
@RecordApplicationEvents
class ResultsIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;
    @Autowired ApplicationEvents events;

    ResultFixtures f() { return new ResultFixtures(jdbc, tx, sheets, campaigns, scoreSheets); }

    static RequestPostProcessor as(String username) { return user(username); }

    long demoCampaign() { return jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME); }

    /** Cụm 2 of 2024 (head Hải Phòng, member Hải Dương) with a provisional campaign: Hải Phòng 60+30, Hải Dương 50+40 (tie on 90). */
    long provisional(String owner, boolean allFinal) {
        var f = f();
        long campaign = f.campaign(2024, owner, "GROUPS_IN_ORDER");
        long cluster = f.cluster("CUM-02", 2024);
        f.sheet(campaign, cluster, f.unit("LHH-HPG"), "50", "40", allFinal);
        f.sheet(campaign, cluster, f.unit("LHH-HDG"), "55", "35", true);
        for (var unit : f.members(cluster)) {
            if (unit != f.unit("LHH-HPG") && unit != f.unit("LHH-HDG")) f.sheet(campaign, cluster, unit, "40", "30", true);
        }
        return campaign;
    }

    @Test
    void theLeagueTableRanksByTotalThenGroupIAndIsMarkedProvisional() throws Exception {
        long id = provisional("LHH-TBH", true);
        var html = mvc.perform(get("/campaigns/{id}/results", id).param("cluster", "CUM-02").with(as("vanphong.demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("KẾT QUẢ TẠM THỜI – CHƯA CÔNG BỐ", "Đơn vị bằng tổng điểm được xếp theo điểm nhóm tiêu chí I");
        // both total 90: Hải Dương (55 in group I) before Hải Phòng (50)
        assertThat(html.indexOf("data-unit-code=\"LHH-HDG\"")).isLessThan(html.indexOf("data-unit-code=\"LHH-HPG\""));
        assertThat(html).contains("Công bố kết quả");
    }

    @Test
    void beforePublicationOnlyTheOfficeTheHeadAndThePresidiumMemberInChargeSeeTheTable() throws Exception {
        long id = provisional("LHH-NDH", true);
        long cluster = f().cluster("CUM-02", 2024);
        var url = "/campaigns/" + id + "/results?cluster=CUM-02";
        mvc.perform(get(url).with(as("vanphong.demo"))).andExpect(status().isOk());
        mvc.perform(get(url).with(as("haiphong.demo"))).andExpect(status().isOk());          // head of Cụm 2 in 2024
        mvc.perform(get(url).with(as("haiduong.demo"))).andExpect(status().isForbidden());   // a member: not before publication
        mvc.perform(get("/campaigns/" + id + "/results.pdf?cluster=CUM-02").with(as("haiduong.demo"))).andExpect(status().isForbidden());
        // an unknown campaign or cluster: refused like any other, not an error
        mvc.perform(get("/campaigns/999999/results?cluster=CUM-02").with(as("haiduong.demo"))).andExpect(status().isForbidden());
        mvc.perform(get(url.replace("CUM-02", "KHONG-CO")).with(as("haiduong.demo"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("phutrach.demo"))).andExpect(status().isForbidden());
        jdbc.update("update cluster set supervisor_username = 'phutrach.demo' where id = ?", cluster);
        try {
            mvc.perform(get(url).with(as("phutrach.demo"))).andExpect(status().isOk());
        } finally {
            jdbc.update("update cluster set supervisor_username = null where id = ?", cluster);
        }
        mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/{id}/results", id).param("cluster", "CUM-02")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/results", 999_999).param("cluster", "CUM-02")).andExpect(status().isNotFound());
        mvc.perform(get("/public/campaigns/{id}/results", id).param("cluster", "CUM-02")).andExpect(status().isNotFound());
    }

    @Test
    void publicationIsRefusedWithTheListOfSheetsNotFinalThenPublishesEverythingAndLocksTheSheet() throws Exception {
        long id = provisional("LHH-HNM", false);
        var version = campaigns.findById(id).orElseThrow().getVersion();
        var refused = mvc.perform(post("/campaigns/{id}/publish", id).param("version", String.valueOf(version)).with(csrf()).with(as("vanphong.demo")))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(String.valueOf(refused.getModelAndView().getModel().get("error"))).contains("1 phiếu chưa chốt điểm", "Hải Phòng");
        assertThat(refused.getResponse().getContentAsString()).contains("1 phiếu chưa chốt điểm");
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("OPEN");

        f().finaliseAll(id);
        mvc.perform(post("/campaigns/{id}/publish", id).param("version", String.valueOf(version)).with(csrf()).with(as("haiphong.demo")))
                .andExpect(status().isForbidden());
        var done = mvc.perform(post("/campaigns/{id}/publish", id).param("version", String.valueOf(version)).with(csrf()).with(as("vanphong.demo")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(done.getFlashMap().get("success")).isNotNull();
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("select distinct status from score_sheet where campaign_id = ?", String.class, id)).containsExactly("PUBLISHED");
        assertThat(jdbc.queryForObject("select s.locked from scoring_sheet s join campaign c on c.scoring_sheet_id = s.id where c.id = ?",
                Boolean.class, id)).isTrue();
        assertThat(events.stream(ScoresPublished.class)).anyMatch(e -> e.campaignId() == id && e.year() == 2024);
        assertThat(jdbc.queryForObject("select (select count(*) from audit_entry where action = 'CAMPAIGN_RESULTS_PUBLISHED' and entity_id = ?)"
                        + " + (select count(*) from audit_journal where action = 'CAMPAIGN_RESULTS_PUBLISHED' and entity_id = ?)",
                Integer.class, String.valueOf(id), String.valueOf(id))).isEqualTo(1);

        // after publication: the members see their cluster's table, the public reads it; a second publication is refused
        mvc.perform(get("/campaigns/{id}/results", id).param("cluster", "CUM-02").with(as("haiduong.demo"))).andExpect(status().isOk());
        mvc.perform(get("/campaigns/{id}/results", id).param("cluster", "CUM-03").with(as("haiduong.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/public/campaigns/{id}/results", id).param("cluster", "CUM-02")).andExpect(status().isOk());
        var again = mvc.perform(post("/campaigns/{id}/publish", id).param("version", String.valueOf(version + 1)).with(csrf()).with(as("vanphong.demo")))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(String.valueOf(again.getModelAndView().getModel().get("error"))).contains("đã công bố");
    }

    @Test
    void aPublicationFromAStalePageIsRefusedAndChangesNothing() throws Exception {
        long id = provisional("LHH-QNH", true);
        var stale = campaigns.findById(id).orElseThrow().getVersion();
        tx.executeWithoutResult(s -> campaigns.findById(id).orElseThrow().rename("Thi đua thử 2024 (đổi tên)"));
        var result = mvc.perform(post("/campaigns/{id}/publish", id).param("version", String.valueOf(stale)).with(csrf()).with(as("vanphong.demo")))
                .andExpect(status().isConflict()).andReturn();
        assertThat(String.valueOf(result.getModelAndView().getModel().get("error"))).contains("vừa được người khác thay đổi");
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(jdbc.queryForList("select distinct status from score_sheet where campaign_id = ?", String.class, id)).containsExactly("FINAL");
    }

    @Test
    void publishedResultsCanNeverChange() {
        long id = demoCampaign();
        tx.executeWithoutResult(s -> {
            var campaign = campaigns.findById(id).orElseThrow();
            assertThatThrownBy(() -> campaign.publish("x", Instant.now())).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> campaign.rename("Đổi tên")).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> campaign.configureReview(ReviewMode.HEAD, "SHARED")).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> campaign.useSheet(1L)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> campaign.schedule(new Deadlines(LocalDate.of(2024, 3, 31), null, null, null, null, null, null, null)))
                    .isInstanceOf(BusinessRuleException.class);
            var sheet = sheets.withCriteria(campaign.getScoringSheetId()).orElseThrow();
            var leaf = sheet.leaves().getFirst();
            assertThatThrownBy(() -> sheet.add(null, new CriterionSpec("X", "Thêm", null, CriterionType.JUDGED, null, BigDecimal.ONE, null, false, null)))
                    .isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> sheet.change(leaf, leaf.spec())).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> sheet.remove(leaf)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> sheet.describe("x", LocalDate.of(2024, 1, 1), null, null)).isInstanceOf(BusinessRuleException.class);
            var scores = scoreSheets.findByCampaignId(id).getFirst();
            long c = leaf.getId();
            assertThat(scores.getStatus()).isEqualTo(ScoreSheetStatus.PUBLISHED);
            assertThatThrownBy(() -> scores.fillSelf(c, BigDecimal.ONE, BigDecimal.ONE, null)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.submit("x", Instant.now())).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.returnToUnit("lý do")).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.fillReview(c, BigDecimal.ONE, BigDecimal.ONE, null)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.completeReview("x", Instant.now())).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(scores::contest).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.decide(c, BigDecimal.ONE, "x")).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(scores::finalise).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(scores::publish).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.recordTotals(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)).isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> scores.carriedFrom(1L, 2L)).isInstanceOf(BusinessRuleException.class);
            s.setRollbackOnly();
        });
    }

    @Test
    void thePublicApiAnswersTheDemoResultsWithScoresAsNumbers() throws Exception {
        long id = demoCampaign();
        mvc.perform(get("/api/v1/campaigns/{id}/results", id).param("cluster", "CUM-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaign.id").value(id))
                .andExpect(jsonPath("$.campaign.year").value(2024))
                .andExpect(jsonPath("$.cluster.code").value("CUM-02"))
                .andExpect(jsonPath("$.cluster.name").isString())
                .andExpect(jsonPath("$.rows[0].rank").value(1))
                .andExpect(jsonPath("$.rows[0].unit.code").isString())
                .andExpect(jsonPath("$.rows[0].total").isNumber())
                .andExpect(jsonPath("$.rows[0].groups[0].code").value("I"))
                .andExpect(jsonPath("$.rows[0].groups[0].score").isNumber())
                .andExpect(jsonPath("$.rows[0].groups.length()").value(7))          // the demo sheet's groups I–VII
                .andExpect(jsonPath("$.rows[0].groups[6].code").value("VII"));
        var body = mvc.perform(get("/api/v1/campaigns/{id}/results", id).param("cluster", "CUM-02")).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("\"total\":\"").startsWith("{\"campaign\":");
        mvc.perform(get("/api/v1/campaigns/{id}/results", id).param("cluster", "CUM-99")).andExpect(status().isNotFound());
        mvc.perform(get("/public/campaigns/{id}/results", id).param("cluster", "CUM-02"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Hải Phòng")));
    }

    @Test
    void theDemoHoldsAPublishedCampaignForTheNineClustersOf2024() {
        long id = demoCampaign();
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(distinct cluster_id) from score_sheet where campaign_id = ?", Integer.class, id)).isEqualTo(9);
        assertThat(jdbc.queryForList("select distinct status from score_sheet where campaign_id = ?", String.class, id)).containsExactly("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(*) from score_sheet where campaign_id = ? and final_total is null", Integer.class, id)).isZero();
        // on the demo scoring sheet the sheet pages show (version 1, 61 nodes), locked by the publication; version 2 is its editable copy
        var sheet = jdbc.queryForMap("select s.code, s.sheet_version, s.locked, s.demo, (select count(*) from criterion k where k.sheet_id = s.id) as nodes"
                + " from scoring_sheet s join campaign c on c.scoring_sheet_id = s.id where c.id = ?", id);
        assertThat(sheet).containsEntry("code", "BD-CUM-LHH-MAU").containsEntry("sheet_version", 1).containsEntry("locked", true)
                .containsEntry("demo", true).containsEntry("nodes", 61L);
        assertThat(jdbc.queryForObject("select locked from scoring_sheet where code = 'BD-CUM-LHH-MAU' and sheet_version = 2", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select name from campaign where id = ?", String.class, id)).endsWith("(dữ liệu mẫu)");
    }

    @Test
    void theOfficeComparesEveryClusterRawAndNormalised() throws Exception {
        long id = demoCampaign();
        var html = mvc.perform(get("/campaigns/{id}/comparison", id).param("mode", "REVIEWER").with(as("vanphong.demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Cách chuẩn hóa", "Cụm thi đua số 9", "Chuẩn hóa theo người chấm");
        mvc.perform(get("/campaigns/{id}/comparison", id).with(as("haiphong.demo"))).andExpect(status().isForbidden());
    }
}
