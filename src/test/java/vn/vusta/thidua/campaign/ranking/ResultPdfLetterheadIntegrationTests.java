package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.support.InternalClusters;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The league table PDF of Phú Thọ's internal cluster NB-78 of 2078: issued under the union (not VUSTA), in the head's
 * province, dated the day the results were published (not the day it is printed). Rolls back.
 */
@IntegrationTest
@Transactional
class ResultPdfLetterheadIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void aUnionsInternalClusterTableIsIssuedUnderTheUnionAndDatedItsPublication() throws Exception {
        var f = new ResultFixtures(jdbc, tx, sheets, campaigns, scoreSheets);
        long cluster = InternalClusters.create(jdbc, "LHH-PTO25", "NB-78", 2078, "Cụm hội thành viên số 2", "HOI-78-1", "HOI-78-2");
        long campaign = f.campaign(2078, "LHH-PTO25", "GROUPS_IN_ORDER", ClusterLevel.PROVINCIAL);
        f.sheet(campaign, cluster, f.unit("HOI-78-1"), "40", "30", true);
        f.sheet(campaign, cluster, f.unit("HOI-78-2"), "50", "30", true);
        tx.executeWithoutResult(s -> campaigns.findById(campaign).orElseThrow().publish("vanphong.demo", Instant.parse("2078-03-05T02:00:00Z")));
        clock.setInstant(Instant.parse("2078-12-30T03:00:00Z"));

        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
                get("/public/campaigns/{id}/results.pdf", campaign).param("cluster", "NB-78"),
                get("/campaigns/{id}/results.pdf", campaign).param("cluster", "NB-78").with(user("vanphong.demo").roles("OFFICE"))}) {
            var bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "ket-qua-nb-78-phu-tho.pdf"), bytes);
            try (var pdf = Loader.loadPDF(bytes)) {
                var text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT TỈNH PHÚ THỌ\nCỤM HỘI THÀNH VIÊN SỐ 2",
                        "Phú Thọ, ngày 05 tháng 3 năm 2078", "Nhóm tiêu chí:", "TM. CỤM THI ĐUA", "CỤM TRƯỞNG", "(Ký, ghi rõ họ tên)")
                        .doesNotContain("VÀ KỸ THUẬT VIỆT NAM", "tháng 03", "ngày 30 tháng 12");
            }
        }
    }
}
