package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The campaign pages as the office and a union's officer use them (each test rolls back). */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class CampaignPagesIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    static final org.springframework.test.web.servlet.request.RequestPostProcessor OFFICE = user("vanphong.demo").roles("OFFICE");
    static final org.springframework.test.web.servlet.request.RequestPostProcessor HAIDUONG = user("haiduong.demo").roles("UNIT_OFFICER");
    long sheetId;

    @BeforeEach
    void inJanuary2025() {
        clock.setInstant(Instant.parse("2025-01-10T03:00:00Z"));
        sheetId = TestCampaigns.sheet(sheets, TestCampaigns.unit(jdbc, "LHHVN"), "BD-CUM-T", 2025).getId();
    }

    @AfterEach
    void realTime() { clock.reset(); }

    MockHttpServletRequestBuilder campaignForm(String url, String... overrides) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("name", "Thi đua các cụm Liên hiệp Hội năm 2025");
        values.put("year", "2025");
        values.put("kind", "CLUSTER");
        values.put("scoringSheetId", String.valueOf(sheetId));
        values.put("registration", "2025-03-31");
        values.put("sixMonth", "2025-07-15");
        values.put("nineMonth", "2025-10-15");
        values.put("selfAssessment", "2025-11-20");
        values.put("review", "2025-12-05");
        values.put("explanationFrom", "2025-12-06");
        values.put("explanationUntil", "2025-12-15");
        values.put("publication", "2025-12-25");
        values.put("reviewMode", "HEAD");
        values.put("tieBreak", "GROUPS_IN_ORDER");
        for (int i = 0; i < overrides.length; i += 2) values.put(overrides[i], overrides[i + 1]);
        var request = post(url).with(csrf());
        values.forEach(request::param);
        return request;
    }

    long created() { return jdbc.queryForObject("select id from campaign where name = 'Thi đua các cụm Liên hiệp Hội năm 2025'", Long.class); }

    @Test
    void theOfficePreparesAndOpensACampaignForVustasClusters() throws Exception {
        mvc.perform(get("/campaigns/new").with(OFFICE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("BD-CUM-T")));
        mvc.perform(campaignForm("/campaigns/new").with(OFFICE)).andExpect(redirectedUrlPattern("/campaigns/*"));
        long id = created();
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("DRAFT");
        mvc.perform(get("/campaigns/" + id).with(OFFICE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cụm thi đua số 2")))
                .andExpect(content().string(containsString("Hải Dương")))
                .andExpect(content().string(containsString("mốc tiếp theo, còn 80 ngày")));
        // a draft is not public
        mvc.perform(get("/api/v1/campaigns").param("year", "2025")).andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(0)));
        // opening from a stale page: the overview again with the reason (409), still a draft
        mvc.perform(post("/campaigns/" + id + "/open").with(csrf()).with(OFFICE).param("version", "7"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("DRAFT");
        mvc.perform(post("/campaigns/" + id + "/open").with(csrf()).with(OFFICE).param("version", "0"))
                .andExpect(redirectedUrlPattern("/campaigns/*"));
        assertThat(jdbc.queryForObject("select status from campaign where id = ?", String.class, id)).isEqualTo("OPEN");
        // opening it again is refused by the rule (422) on the overview, and nothing more is recorded
        long opened = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
        mvc.perform(post("/campaigns/" + id + "/open").with(csrf()).with(OFFICE).param("version", String.valueOf(opened)))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Chỉ mở được đợt thi đua đang soạn.")))
                .andExpect(content().string(containsString("Cụm thi đua số 2")));
        assertThat(events.stream(CampaignOpened.class)).containsExactly(new CampaignOpened(id, 2025));
        assertThat(jdbc.queryForList("select action from audit_journal where entity_type = 'campaign' and entity_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("CAMPAIGN_CREATED", "CAMPAIGN_OPENED");
        mvc.perform(get("/api/v1/campaigns").param("year", "2025"))
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].year").value(2025))
                .andExpect(jsonPath("$[0].name").value("Thi đua các cụm Liên hiệp Hội năm 2025"))
                .andExpect(jsonPath("$[0].level").value("VUSTA")).andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].*", org.hamcrest.Matchers.hasSize(5)));
        // anyone reads the opened campaign; Hải Dương's officer sees it as its own
        mvc.perform(get("/campaigns").param("year", "2025").with(HAIDUONG)).andExpect(content().string(containsString("Đơn vị tôi tham gia")));
        mvc.perform(get("/campaigns/" + id)).andExpect(status().isOk());
    }

    @Test
    void deadlinesOutOfOrderAreRefusedWithTheirNamesAndNothingIsSaved() throws Exception {
        mvc.perform(campaignForm("/campaigns/new", "review", "2025-11-01").with(OFFICE)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Hạn chấm điểm của cụm trưởng không được trước Hạn tự chấm điểm cuối năm")));
        assertThat(jdbc.queryForObject("select count(*) from campaign where name = 'Thi đua các cụm Liên hiệp Hội năm 2025'", Integer.class)).isZero();
    }

    @Test
    void onlySheetsOfTheLevelInForceDuringTheYearAreOffered() throws Exception {
        var old = TestCampaigns.sheet(sheets, TestCampaigns.unit(jdbc, "LHHVN"), "BD-CU-2023", 2023);
        jdbc.update("update scoring_sheet set valid_to = date '2023-12-31' where id = ?", old.getId());
        mvc.perform(get("/campaigns/new").param("year", "2025").with(OFFICE))
                .andExpect(content().string(containsString("BD-CUM-T"))).andExpect(content().string(not(containsString("BD-CU-2023"))));
        mvc.perform(campaignForm("/campaigns/new", "scoringSheetId", String.valueOf(old.getId())).with(OFFICE))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("không có hiệu lực trong năm 2025")));
    }

    @Test
    void theSecondOfTwoEditorsIsToldAndTheFirstEditStands() throws Exception {
        mvc.perform(campaignForm("/campaigns/new").with(OFFICE));
        long id = created();
        mvc.perform(campaignForm("/campaigns/" + id + "/edit", "version", "0", "name", "Tên của người thứ nhất").with(OFFICE))
                .andExpect(redirectedUrlPattern("/campaigns/*"));
        mvc.perform(campaignForm("/campaigns/" + id + "/edit", "version", "0", "name", "Tên của người thứ hai").with(OFFICE))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("Tên của người thứ hai")))
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select name from campaign where id = ?", String.class, id)).isEqualTo("Tên của người thứ nhất");
    }

    @Test
    void aUnionsOfficerOpensItsOwnInternalCampaignOnlyAndCannotTouchVustas() throws Exception {
        mvc.perform(campaignForm("/campaigns/new", "scoringSheetId", "").with(HAIDUONG)).andExpect(redirectedUrlPattern("/campaigns/*"));
        long own = created();
        assertThat(jdbc.queryForMap("select level, kind, owner_unit_id from campaign where id = ?", own))
                .containsEntry("level", "PROVINCIAL").containsEntry("owner_unit_id", TestCampaigns.unit(jdbc, "LHH-HDG"));
        mvc.perform(get("/campaigns/" + own + "/edit").with(HAIDUONG)).andExpect(status().isOk());
        long vusta = TestCampaigns.openCampaign(campaigns, TestCampaigns.unit(jdbc, "LHHVN"), sheetId, 2025, "Đợt của VUSTA").getId();
        mvc.perform(get("/campaigns/" + vusta + "/edit").with(HAIDUONG)).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + own + "/edit").with(user("haiphong.demo").roles("UNIT_OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void everyTieBreakRuleOfTheRankingIsOfferedExplainedAndSaved() throws Exception {
        var page = mvc.perform(get("/campaigns/new").with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (var rule : vn.vusta.thidua.campaign.ranking.TieBreak.values()) {
            assertThat(page).as("offered: " + rule).contains("<option value=\"" + rule.name() + "\"");
        }
        assertThat(page).contains("Đơn vị bị trừ ít điểm hơn xếp trên", "Xét tổng điểm cụm trưởng chấm, rồi tổng điểm tự chấm",
                "Không phân định: các đơn vị đồng hạng", "Áp dụng khi hai đơn vị có cùng tổng điểm cuối cùng",
                "Đơn vị bằng tổng điểm được xếp theo số điểm bị trừ ít hơn");
        mvc.perform(campaignForm("/campaigns/new").with(OFFICE)).andExpect(redirectedUrlPattern("/campaigns/*"));
        long id = created();
        for (var rule : vn.vusta.thidua.campaign.ranking.TieBreak.values()) {
            long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
            mvc.perform(campaignForm("/campaigns/" + id + "/edit", "version", String.valueOf(version), "tieBreak", rule.name()).with(OFFICE))
                    .andExpect(redirectedUrlPattern("/campaigns/*"));
            assertThat(jdbc.queryForObject("select tie_break from campaign where id = ?", String.class, id)).isEqualTo(rule.name());
            mvc.perform(get("/campaigns/" + id + "/edit").with(OFFICE))
                    .andExpect(content().string(containsString("<option value=\"" + rule.name() + "\" selected=\"selected\"")));
            mvc.perform(get("/campaigns/" + id).with(OFFICE)).andExpect(status().isOk());
        }
        long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, id);
        mvc.perform(campaignForm("/campaigns/" + id + "/edit", "version", String.valueOf(version), "tieBreak", "SHARED_RANK").with(OFFICE))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Cách xếp khi bằng điểm không hợp lệ.")));
        assertThat(jdbc.queryForObject("select tie_break from campaign where id = ?", String.class, id)).isEqualTo("SHARED");
    }
}
