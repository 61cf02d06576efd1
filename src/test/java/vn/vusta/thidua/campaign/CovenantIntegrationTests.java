package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Registration and covenant of Cụm 2 in 2025 (Hải Phòng heads it): two members register (one late), the head
 * compiles the covenant, members confirm it, the PDF shows it; reopening clears confirmations; the office carries
 * Hải Dương's registration over to the new Hải Phòng. Each test rolls back.
 */
@IntegrationTest
@Transactional
class CovenantIntegrationTests {
    static final RequestPostProcessor OFFICE = user("vanphong.demo").roles("OFFICE");
    static final RequestPostProcessor HAIPHONG = user("haiphong.demo").roles("UNIT_OFFICER");
    static final RequestPostProcessor HAIDUONG = user("haiduong.demo").roles("UNIT_OFFICER");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired TestClock clock;
    long campaign;
    long cluster;
    long criterion;

    @BeforeEach
    void anOpenCampaignWithHaiPhongAsHead() {
        clock.setInstant(Instant.parse("2025-03-10T03:00:00Z"));
        long vusta = TestCampaigns.unit(jdbc, "LHHVN");
        var sheet = TestCampaigns.sheet(sheets, vusta, "BD-GU-T", 2025);
        criterion = sheet.leaves().getFirst().getId();
        campaign = TestCampaigns.openCampaign(campaigns, vusta, sheet.getId(), 2025, "Thi đua cụm năm 2025 (giao ước)").getId();
        cluster = TestCampaigns.cluster(jdbc, "CUM-02", 2025);
        jdbc.update("update cluster set head_unit_id = ? where id = ?", TestCampaigns.unit(jdbc, "LHH-HPG"), cluster);
    }

    @AfterEach
    void realTime() { clock.reset(); }

    String base() { return "/campaigns/" + campaign; }

    String covenant() { return base() + "/clusters/" + cluster + "/covenant"; }

    void register(RequestPostProcessor who, String action, String value) throws Exception {
        var version = jdbc.queryForList("select r.version from registration r join account a on a.unit_id = r.unit_id where a.username = ? and r.campaign_id = ?",
                Long.class, who == HAIPHONG ? "haiphong.demo" : "haiduong.demo", campaign);
        var request = post(base() + "/registration").with(csrf()).with(who).param("action", action)
                .param("targets[0].criterionId", String.valueOf(criterion)).param("targets[0].indicator", "Số hội thành viên mới được thành lập")
                .param("targets[0].unitOfMeasure", "hội").param("targets[0].targetValue", value)
                .param("targets[1].criterionId", String.valueOf(sheetCriterion("I.2"))).param("targets[1].indicator", "Số hội thảo phản biện")
                .param("targets[1].unitOfMeasure", "hội thảo").param("targets[1].targetValue", "6")
                .param("targets[2].indicator", "Số lớp tập huấn cho hội viên").param("targets[2].unitOfMeasure", "lớp").param("targets[2].targetValue", "2")
                .param("titles", "CO_THI_DUA_VUSTA").param("otherTitles", "Bằng khen của Ủy ban nhân dân thành phố");
        if (!version.isEmpty()) request.param("version", String.valueOf(version.getFirst()));
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    long sheetCriterion(String code) {
        return jdbc.queryForObject("select c.id from criterion c join campaign k on k.scoring_sheet_id = c.sheet_id where k.id = ? and c.code = ?",
                Long.class, campaign, code);
    }

    String covenantVersion() { return String.valueOf(jdbc.queryForObject("select version from covenant where campaign_id = ?", Long.class, campaign)); }

    long registrationOf(String unitCode) {
        return jdbc.queryForObject("select r.id from registration r join unit u on u.id = r.unit_id where r.campaign_id = ? and u.code = ?",
                Long.class, campaign, unitCode);
    }

    @Test
    void aMemberRegistersTargetsPerQuantitativeCriterionAndALateSubmissionIsMarkedLate() throws Exception {
        mvc.perform(get(base() + "/registration").with(HAIPHONG)).andExpect(status().isOk())
                .andExpect(content().string(containsString("I.1"))).andExpect(content().string(containsString("I.2")))
                .andExpect(content().string(containsString("Số hội thành viên mới được thành lập")));
        register(HAIPHONG, "save", "3");
        assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, registrationOf("LHH-HPG"))).isEqualTo("DRAFT");
        register(HAIPHONG, "submit", "3");
        assertThat(jdbc.queryForMap("select status, late from registration where id = ?", registrationOf("LHH-HPG")))
                .containsEntry("status", "SUBMITTED").containsEntry("late", false);
        assertThat(jdbc.queryForList("select target_value from registration_target where registration_id = ? order by position",
                java.math.BigDecimal.class, registrationOf("LHH-HPG"))).extracting(java.math.BigDecimal::intValue).containsExactly(3, 6, 2);
        clock.setInstant(Instant.parse("2025-04-05T03:00:00Z"));
        register(HAIDUONG, "submit", "2");
        assertThat(jdbc.queryForObject("select late from registration where id = ?", Boolean.class, registrationOf("LHH-HDG"))).isTrue();
        mvc.perform(get(base()).with(OFFICE)).andExpect(content().string(containsString("Gửi muộn")))
                .andExpect(content().string(containsString("đơn vị chưa gửi bản đăng ký")));
        assertThat(jdbc.queryForList("select action from audit_journal where entity_type = 'registration' and entity_id in (?, ?) order by id", String.class,
                String.valueOf(registrationOf("LHH-HPG")), String.valueOf(registrationOf("LHH-HDG"))))
                .containsExactly("REGISTRATION_SAVED", "REGISTRATION_SUBMITTED", "REGISTRATION_SUBMITTED");
        // the API scopes: Hải Dương sees its own only, the head its cluster's, the office all
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/registrations").with(HAIDUONG)).andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(1)))
                .andExpect(jsonPath("$[0].unit.code").value("LHH-HDG")).andExpect(jsonPath("$[0].late").value(true));
        mvc.perform(get("/api/v1/campaigns/" + campaign + "/registrations").with(HAIPHONG)).andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(2)));
    }

    @Test
    void submittingWithoutATargetForAQuantitativeCriterionIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post(base() + "/registration").with(csrf()).with(HAIPHONG).param("action", "submit")
                        .param("targets[0].criterionId", String.valueOf(criterion)).param("targets[0].indicator", "Số hội mới")
                        .param("targets[0].unitOfMeasure", "hội").param("targets[0].targetValue", "3"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Cần nhập chỉ tiêu cho tiêu chí định lượng I.2")));
        assertThat(jdbc.queryForObject("select count(*) from registration where campaign_id = ?", Integer.class, campaign)).isZero();
    }

    @Test
    void theHeadCompilesMembersConfirmAndTheSignedCovenantRendersAsPdfWithEmbeddedFonts() throws Exception {
        register(HAIPHONG, "submit", "3");
        register(HAIDUONG, "submit", "2");
        // before the head compiles it there is nothing to confirm: a neutral note per member, never "Chưa xác nhận"
        mvc.perform(get(covenant()).with(HAIDUONG)).andExpect(content().string(containsString("Xác nhận sau khi cụm trưởng lập giao ước")))
                .andExpect(content().string(not(containsString("Chưa xác nhận"))));
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(HAIDUONG).param("commitments", "x")).andExpect(status().isForbidden());
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(HAIPHONG).param("commitments", "1. Thực hiện tốt nghị quyết của Đảng.\n2. Phấn đấu vượt chỉ tiêu.")
                .param("place", "Hải Phòng")).andExpect(flash().attribute("success", containsString("Đã lập giao ước")));
        // before any confirmation the head may still correct it
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(HAIPHONG).param("version", covenantVersion())
                .param("commitments", "1. Thực hiện tốt nghị quyết của Đảng, chính sách của Nhà nước.\n2. Phấn đấu vượt chỉ tiêu đã đăng ký.")
                .param("place", "Hải Phòng")).andExpect(flash().attributeExists("success"));
        mvc.perform(post(covenant() + "/confirm").with(csrf()).with(HAIDUONG).param("version", covenantVersion()))
                .andExpect(flash().attribute("success", containsString("Đã xác nhận giao ước cho Hải Dương")));
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(HAIPHONG).param("version", covenantVersion()).param("commitments", "Sửa sau xác nhận"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("chỉ sửa được sau khi mở lại giao ước")));
        assertThat(jdbc.queryForObject("select commitments from covenant where campaign_id = ?", String.class, campaign))
                .startsWith("1. Thực hiện tốt nghị quyết");
        mvc.perform(get(covenant()).with(HAIPHONG)).andExpect(content().string(containsString("1/2 đơn vị đã xác nhận")))
                .andExpect(content().string(containsString("Đã xác nhận: Cán bộ TĐKT Liên hiệp Hội Hải Dương (demo) (haiduong.demo)")));
        mvc.perform(post(covenant() + "/confirm").with(csrf()).with(HAIPHONG).param("version", covenantVersion()));
        assertThat(jdbc.queryForObject("select status from covenant where campaign_id = ?", String.class, campaign)).isEqualTo("SIGNED");
        mvc.perform(get(covenant()).with(HAIDUONG)).andExpect(content().string(containsString("Đã ký")));

        var pdf = mvc.perform(get(covenant() + ".pdf").with(HAIDUONG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "covenant-cum-02.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CỤM THI ĐUA SỐ 2",
                    "GIAO ƯỚC THI ĐUA NĂM 2025", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương",
                    "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng", "Số hội thành viên mới được thành lập",
                    "Cờ thi đua của", "Đã xác nhận trên hệ thống",
                    "Hải Phòng, ngày 10 tháng 3 năm 2025");
            // a VUSTA cluster issues under VUSTA, its name on two lines
            assertThat(text).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM\nCỤM THI ĐUA SỐ 2");
            var fonts = new ArrayList<PDFont>();
            for (var page : doc.getPages()) for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("LiberationSerif");
            });
        }
        // reopening clears every confirmation, and the audit keeps who had confirmed
        mvc.perform(post(covenant() + "/reopen").with(csrf()).with(HAIPHONG).param("version", covenantVersion()).param("reason", "Bổ sung chỉ tiêu của Hải Dương"))
                .andExpect(flash().attributeExists("success"));
        assertThat(jdbc.queryForObject("select count(*) from covenant_party p join covenant c on c.id = p.covenant_id where c.campaign_id = ? and p.confirmed_at is not null",
                Integer.class, campaign)).isZero();
        mvc.perform(get(covenant()).with(HAIDUONG)).andExpect(content().string(containsString("Xác nhận sau khi cụm trưởng lập giao ước")))
                .andExpect(content().string(not(containsString("Chưa xác nhận"))));
        var entry = jdbc.queryForMap("select old_value, summary from audit_journal where action = 'COVENANT_REOPENED' order by id desc limit 1");
        assertThat(String.valueOf(entry.get("old_value"))).contains("haiduong.demo", "haiphong.demo");
        assertThat(entry.get("summary")).asString().contains("Bổ sung chỉ tiêu của Hải Dương");
    }

    @Test
    void withoutARecordedPlaceTheCovenantIsDatedInTheHeadsProvinceAndAfterItsMergerInTheSuccessorsProvince() throws Exception {
        jdbc.update("update cluster set head_unit_id = ? where id = ?", TestCampaigns.unit(jdbc, "LHH-HDG"), cluster);
        register(HAIDUONG, "submit", "2");
        // the head is offered its own province as the place of signing, not Hà Nội
        mvc.perform(get(covenant()).with(HAIDUONG)).andExpect(content().string(containsString("id=\"place\" name=\"place\" maxlength=\"120\" value=\"Hải Dương\"")));
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(HAIDUONG).param("commitments", "1. Phấn đấu vượt chỉ tiêu.").param("place", ""))
                .andExpect(flash().attribute("success", containsString("Đã lập giao ước")));
        assertThat(jdbc.queryForObject("select place from covenant where campaign_id = ?", String.class, campaign)).isNull();
        assertThat(pdfText(covenant() + ".pdf")).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM", "Hải Dương, ngày 10 tháng 3 năm 2025")
                .doesNotContain("Hà Nội, ngày");
        // corrected by the office on 1 August 2025, when Hải Dương had become part of the new Hải Phòng: the successor's province
        clock.setInstant(Instant.parse("2025-08-01T03:00:00Z"));
        mvc.perform(get(covenant()).with(OFFICE)).andExpect(content().string(containsString("value=\"Hải Phòng\"")));
        mvc.perform(post(covenant() + "/compile").with(csrf()).with(OFFICE).param("version", covenantVersion())
                .param("commitments", "1. Phấn đấu vượt chỉ tiêu đã đăng ký.")).andExpect(flash().attributeExists("success"));
        assertThat(pdfText(covenant() + ".pdf")).contains("Hải Phòng, ngày 01 tháng 8 năm 2025");
    }

    @Test
    void aUnionsInternalClusterIssuesItsCovenantUnderTheUnionInTheUnionsProvince() throws Exception {
        long phutho = TestCampaigns.unit(jdbc, "LHH-PTO25");
        var sheet = TestCampaigns.sheet(sheets, phutho, "BD-GU-PTO-2079", 2079);
        long internal = TestCampaigns.openCampaign(campaigns, phutho, sheet.getId(), 2079, "Thi đua các cụm nội bộ Phú Thọ 2079",
                vn.vusta.thidua.cluster.ClusterLevel.PROVINCIAL).getId();
        long own = vn.vusta.thidua.support.InternalClusters.create(jdbc, "LHH-PTO25", "NB-79", 2079, "Cụm hội thành viên số 1", "HOI-79-1", "HOI-79-2");
        jdbc.update("insert into covenant (campaign_id, cluster_id, status, commitments, compiled_at) values (?, ?, 'COMPILED', 'Cam kết chung', ?)",
                internal, own, java.sql.Timestamp.from(Instant.parse("2079-03-05T03:00:00Z")));
        var text = pdfText("/campaigns/" + internal + "/clusters/" + own + "/covenant.pdf");
        assertThat(text).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT TỈNH PHÚ THỌ\nCỤM HỘI THÀNH VIÊN SỐ 1", "Phú Thọ, ngày 05 tháng 3 năm 2079")
                .doesNotContain("VÀ KỸ THUẬT VIỆT NAM");
    }

    String pdfText(String url) throws Exception {
        var pdf = mvc.perform(get(url).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theHeadReopensASubmittedRegistrationWithAReasonTheUnitSees() throws Exception {
        register(HAIDUONG, "submit", "2");
        long id = registrationOf("LHH-HDG");
        mvc.perform(post(base() + "/registrations/" + id + "/reopen").with(csrf()).with(HAIDUONG).param("reason", "x")).andExpect(status().isForbidden());
        // without a reason: the registration's page again with the rule (422), still submitted
        mvc.perform(post(base() + "/registrations/" + id + "/reopen").with(csrf()).with(HAIPHONG).param("reason", " "))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Cần ghi lý do mở lại.")));
        assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        mvc.perform(post(base() + "/registrations/" + id + "/reopen").with(csrf()).with(HAIPHONG).param("reason", "Chỉ tiêu hội thảo thấp hơn năm trước"))
                .andExpect(flash().attributeExists("success"));
        mvc.perform(get(base() + "/registration").with(HAIDUONG)).andExpect(content().string(containsString("Chỉ tiêu hội thảo thấp hơn năm trước")));
        assertThat(jdbc.queryForObject("select status from registration where id = ?", String.class, id)).isEqualTo("DRAFT");
    }

    @Test
    void theOfficeCarriesHaiDuongsRegistrationToTheNewHaiPhongAndTheCovenantSaysSo() throws Exception {
        register(HAIDUONG, "submit", "2");
        clock.setInstant(Instant.parse("2025-08-01T03:00:00Z"));
        long id = registrationOf("LHH-HDG");
        mvc.perform(post(base() + "/registrations/" + id + "/carry-over").with(csrf()).with(HAIPHONG)).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/registrations/" + id + "/carry-over").with(csrf()).with(OFFICE))
                .andExpect(flash().attribute("success", containsString("TP Hải Phòng")));
        assertThat(jdbc.queryForObject("select u.code from registration r join unit u on u.id = r.unit_id where r.id = ?", String.class, id))
                .isEqualTo("LHH-HPG25");
        assertThat(jdbc.queryForObject("select count(*) from audit_journal where action = 'REGISTRATION_CARRIED_OVER' and entity_id = ?", Integer.class,
                String.valueOf(id))).isEqualTo(1);
        mvc.perform(get(base()).with(OFFICE)).andExpect(content().string(containsString("Đã chuyển sang")));
        mvc.perform(get(covenant()).with(OFFICE)).andExpect(content().string(containsString("Chuyển từ Hải Dương")));
    }
}
