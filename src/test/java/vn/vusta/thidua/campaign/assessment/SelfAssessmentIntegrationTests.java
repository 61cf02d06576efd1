package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * A unit fills its score sheet: sheets appear when the campaign opens (once), values are saved as partial work with
 * points computed from the registered target, submission needs every criterion and the required evidence, and every
 * score change is audited with its old and new values.
 */
@IntegrationTest
class SelfAssessmentIntegrationTests {
    static final int YEAR = 2041;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-SA"); }
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;

    AssessmentFixture f;
    static long campaignId;
    static long clusterId;
    static long sheetId;

    @BeforeEach
    void campaign() {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (campaignId != 0) return;
        clusterId = f.cluster(YEAR, "CUM-SA");
        sheetId = f.scoringSheet("SA", YEAR);
        campaignId = f.openCampaign(YEAR, sheetId, ReviewMode.HEAD);
        f.register(campaignId, clusterId, "LHH-HNI", sheetId, "4");
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from score_sheet where campaign_id = " + campaignId) == 3);
    }

    int count(String sql) { return jdbc.queryForObject(sql, Integer.class); }

    /** Audit entries of an action on an entity, sealed or not yet (the sealer moves them after commit). */
    int audits(String action, long entityId) { return audits(jdbc, action, entityId); }

    static int audits(JdbcTemplate jdbc, String action, long entityId) {
        return jdbc.queryForObject("select (select count(*) from audit_entry where action = ? and entity_id = ?)"
                + " + (select count(*) from audit_journal where action = ? and entity_id = ?)", Integer.class,
                action, String.valueOf(entityId), action, String.valueOf(entityId));
    }

    static Map<String, Object> lastAudit(JdbcTemplate jdbc, String action, long entityId) {
        return jdbc.queryForMap("""
                select old_value, new_value from (
                  select old_value, new_value, occurred_at from audit_entry where action = ? and entity_id = ?
                  union all select old_value, new_value, occurred_at from audit_journal where action = ? and entity_id = ?) a
                order by occurred_at desc limit 1""", action, String.valueOf(entityId), action, String.valueOf(entityId));
    }

    static RequestBuilder as(String username, AbstractMockHttpServletRequestBuilder<?> r) {
        var role = username.equals("phutrach.demo") ? "PRESIDIUM_MEMBER" : username.equals("vanphong.demo") ? "OFFICE" : "UNIT_OFFICER";
        return r.with(user(username).roles(role)).with(csrf());
    }

    @Test
    void openingTheCampaignGivesEveryMemberOneSheetWithAnEntryPerCriterionAndRunningAgainAddsNone() {
        assertThat(count("select count(*) from score_entry e join score_sheet s on s.id = e.score_sheet_id where s.campaign_id = " + campaignId))
                .isEqualTo(3 * 6);
        assertThat(creation.createMissing(campaignId)).isZero();
        // a unit added to the cluster later gets its sheet from "create missing sheets"
        jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'VUSTA', true)",
                clusterId, f.unit("LHH-HCM"), YEAR);
        try {
            assertThat(creation.createMissing(campaignId)).isEqualTo(1);
            assertThat(creation.createMissing(campaignId)).isZero();
            assertThat(audits("SCORE_SHEETS_CREATED", campaignId))
                    .isEqualTo(2);
        } finally {
            jdbc.update("delete from score_entry where score_sheet_id in (select id from score_sheet where unit_id = ? and campaign_id = ?)",
                    f.unit("LHH-HCM"), campaignId);
            jdbc.update("delete from score_sheet where unit_id = ? and campaign_id = ?", f.unit("LHH-HCM"), campaignId);
            jdbc.update("delete from cluster_member where cluster_id = ? and unit_id = ?", clusterId, f.unit("LHH-HCM"));
        }
    }

    @Test
    void theUnitSavesPartialWorkWithPointsFromItsTargetAndSubmitsOnlyWhenEverythingIsThere() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-HNI");
        var page = mvc.perform(as("hanoi.demo", get("/score-sheets/" + sheet))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chỉ tiêu đăng ký: 4", "Cần minh chứng", "tính khi chấm");

        var values = f.values(this.sheetId, Map.of("I.1", "3", "I.2", "1"));
        var save = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "save");
        values.forEach(save::param);
        save.param("comment_" + f.criterion(this.sheetId, "I.1"), "3 hội mới: Hội Tin học, Hội Cơ khí, Hội Môi trường");
        mvc.perform(as("hanoi.demo", save)).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "Đã lưu phiếu tự chấm (chưa nộp)."));
        assertThat(jdbc.queryForObject("select self_score from score_entry where score_sheet_id = ? and criterion_id = ?", String.class,
                sheet, f.criterion(this.sheetId, "I.1"))).isEqualTo("15.00");
        assertThat(f.status(sheet)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select self_total from score_sheet where id = ?", String.class, sheet)).isEqualTo("20.00");
        var audit = lastAudit(jdbc, "SCORE_SELF_CHANGED", sheet);
        assertThat(String.valueOf(audit.get("new_value"))).contains("\"I.1\"", "\"points\":\"15.00\"");
        assertThat(String.valueOf(audit.get("old_value"))).contains("\"I.1\"", "\"value\":null");

        // submitting with criteria left empty and no evidence: a message listing both, nothing changes
        var submit = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "submit");
        var refused = mvc.perform(as("hanoi.demo", submit)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Tiêu chí chưa nhập (0 cũng là một giá trị): I.3, II.1, III, IV", "chưa có tệp: I.1");
        assertThat(f.status(sheet)).isEqualTo("DRAFT");

        // zero is a value; with the evidence of I.1 the sheet goes in
        mvc.perform(as("hanoi.demo", multipart("/score-sheets/" + sheet + "/evidence").file(new MockMultipartFile("file", "quyet-dinh.pdf",
                "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .param("criterionId", String.valueOf(f.criterion(this.sheetId, "I.1"))))).andExpect(status().is3xxRedirection());
        var all = f.values(this.sheetId, Map.of("I.1", "3", "I.2", "1", "I.3", "0", "II.1", "12", "III", "2", "IV", "0"));
        var full = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "submit");
        all.forEach(full::param);
        mvc.perform(as("hanoi.demo", full)).andExpect(status().is3xxRedirection());
        assertThat(f.status(sheet)).isEqualTo("SUBMITTED");
        assertThat(audits("SCORE_SHEET_SUBMITTED", sheet)).isEqualTo(1);
        // once submitted, the unit can no longer change it
        var late = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "save")
                .param("value_" + f.criterion(this.sheetId, "I.3"), "20");
        assertThat(mvc.perform(as("hanoi.demo", late)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("đơn vị không sửa được nữa");
    }

    @Test
    void withoutARegisteredTargetTheQuantitativeCriterionSaysSoAndScoresNothing() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-HPG25");
        var save = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "save")
                .param("value_" + f.criterion(this.sheetId, "I.1"), "5");
        mvc.perform(as("haiphong25.assess", save)).andExpect(status().is3xxRedirection());
        mvc.perform(as("haiphong25.assess", get("/score-sheets/" + sheet))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chưa có chỉ tiêu đăng ký")));
        assertThat(jdbc.queryForObject("select self_score from score_entry where score_sheet_id = ? and criterion_id = ?", String.class,
                sheet, f.criterion(this.sheetId, "I.1"))).isNull();
    }

    @Test
    void aBadValueIsRefusedNamingTheCriterionAndNothingIsSaved() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-CTO25");
        long before = f.version(sheet);
        var save = post("/score-sheets/" + sheet).param("version", String.valueOf(before)).param("action", "save")
                .param("value_" + f.criterion(this.sheetId, "I.3"), "31").param("value_" + f.criterion(this.sheetId, "I.2"), "1");
        var body = mvc.perform(as("cantho.demo", save)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Tiêu chí I.3: Điểm không được vượt quá điểm tối đa (30");
        // what the user typed is still in the form
        assertThat(body).contains("value=\"31\"");
        assertThat(f.version(sheet)).isEqualTo(before);
        assertThat(count("select count(*) from score_entry where score_sheet_id = " + sheet + " and self_value is not null")).isZero();
        var text = post("/score-sheets/" + sheet).param("version", String.valueOf(before)).param("action", "save")
                .param("value_" + f.criterion(this.sheetId, "I.3"), "mười");
        assertThat(mvc.perform(as("cantho.demo", text)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("“mười” không phải là một số");
    }

    @Test
    void evidenceIsServedOnlyAsAnAttachment() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-CTO25");
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        mvc.perform(as("cantho.demo", multipart("/score-sheets/" + sheet + "/evidence").file(new MockMultipartFile("file", "anh<script>.png",
                "text/html", png)).param("criterionId", String.valueOf(f.criterion(this.sheetId, "I.3"))))).andExpect(status().is3xxRedirection());
        long evidence = jdbc.queryForObject("select max(id) from evidence_file where score_sheet_id = ?", Long.class, sheet);
        mvc.perform(as("cantho.demo", get("/score-sheets/" + sheet + "/evidence/" + evidence))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("anh_script_.png")))
                .andExpect(content().bytes(png));
    }
}
