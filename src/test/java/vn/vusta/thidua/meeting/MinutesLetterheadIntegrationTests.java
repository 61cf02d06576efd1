package vn.vusta.thidua.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.InternalClusters;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The minutes of an online meeting of Phú Thọ's internal cluster NB-80 (2080), no place recorded: PDF and DOCX are issued
 * under the union (not VUSTA) in the head's province, the DOCX heading as the PDF's: the parent body, then the cluster
 * in bold on the next paragraph. Rolls back.
 */
@IntegrationTest
@Transactional
class MinutesLetterheadIntegrationTests {
    static final RequestPostProcessor OFFICE = user("vanphong.demo").roles("OFFICE");
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void aUnionsInternalClusterKeepsItsMinutesUnderTheUnionInTheHeadsProvince() throws Exception {
        clock.setInstant(Instant.parse("2080-02-01T03:00:00Z"));
        long cluster = InternalClusters.create(jdbc, "LHH-PTO25", "NB-80", 2080, "Cụm hội thành viên số 3", "HOI-80-1", "HOI-80-2", "HOI-80-3");
        mvc.perform(post("/meetings/new").with(OFFICE).with(csrf()).param("type", "SIX_MONTH_REVIEW").param("clusterId", String.valueOf(cluster))
                .param("title", "Hội nghị sơ kết cụm năm 2080").param("startsAt", "2080-03-05T08:30").param("quorumRule", "MORE_THAN_HALF")
                .param("onlineLink", "https://hop.example.vn/nb-80").param("secretaryName", "Trần Thị Thư")
                .param("hostUnitId", String.valueOf(jdbc.queryForObject("select id from unit where code = 'HOI-80-1'", Long.class))))
                .andExpect(status().is3xxRedirection());
        long meeting = jdbc.queryForObject("select id from meeting where cluster_id = ? and meeting_type = 'SIX_MONTH_REVIEW'", Long.class, cluster);
        mvc.perform(post("/meetings/{id}/minutes/generate", meeting).with(OFFICE).with(csrf())).andExpect(status().is3xxRedirection());

        var pdf = mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "minutes-nb-80-phu-tho.pdf"), pdf);
        assertThat(MinutesIntegrationTests.text(pdf)).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT TỈNH PHÚ THỌ\nCỤM HỘI THÀNH VIÊN SỐ 3",
                "Phú Thọ, ngày 05 tháng 3 năm 2080").doesNotContain("VÀ KỸ THUẬT VIỆT NAM", "Hà Nội, ngày");

        var docx = mvc.perform(get("/meetings/{id}/minutes.docx", meeting).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var left = doc.getTables().getFirst().getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).isEqualTo("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT TỈNH PHÚ THỌ");
            assertThat(left.get(0).getRuns()).noneMatch(XWPFRun::isBold);
            assertThat(left.get(1).getText()).isEqualTo("CỤM HỘI THÀNH VIÊN SỐ 3");
            assertThat(left.get(1).getRuns()).isNotEmpty().allMatch(XWPFRun::isBold);
            // the date line as the PDF writes it: no zero before the months 3 to 12
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Phú Thọ, ngày 05 tháng 3 năm 2080");
        }
        // the body: the date as the heading writes it (no zero before March), and held online only, as recorded
        String opening = "Vào hồi 08 giờ 30 ngày 05 tháng 3 năm 2080, theo hình thức trực tuyến, ";
        assertThat(flat(MinutesIntegrationTests.text(pdf))).contains(opening).doesNotContain("tháng 03", "kết hợp trực tuyến");
        assertThat(documentXml(docx)).contains(opening).doesNotContain("tháng 03", "kết hợp trực tuyến");

        // a hybrid meeting in February at a venue in another city: the zero before the month, the venue kept in the body,
        // and the date line's place still the letterhead's (the head's province), not the venue's last part
        mvc.perform(post("/meetings/new").with(OFFICE).with(csrf()).param("type", "NINE_MONTH_BRIEFING").param("clusterId", String.valueOf(cluster))
                .param("title", "Hội nghị giao ban cụm năm 2080").param("startsAt", "2080-02-07T14:00").param("quorumRule", "MORE_THAN_HALF")
                .param("place", "Hội trường A, số 53 Nguyễn Du, Hà Nội").param("onlineLink", "https://hop.example.vn/nb-80-2")
                .param("hostUnitId", String.valueOf(jdbc.queryForObject("select id from unit where code = 'HOI-80-1'", Long.class))))
                .andExpect(status().is3xxRedirection());
        long hybrid = jdbc.queryForObject("select id from meeting where cluster_id = ? and meeting_type = 'NINE_MONTH_BRIEFING'", Long.class, cluster);
        mvc.perform(post("/meetings/{id}/minutes/generate", hybrid).with(OFFICE).with(csrf())).andExpect(status().is3xxRedirection());
        var hybridPdf = flat(MinutesIntegrationTests.text(mvc.perform(get("/meetings/{id}/minutes.pdf", hybrid).with(OFFICE)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()));
        var hybridDocx = mvc.perform(get("/meetings/{id}/minutes.docx", hybrid).with(OFFICE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String held = "Vào hồi 14 giờ 00 ngày 07 tháng 02 năm 2080, tại Hội trường A, số 53 Nguyễn Du, Hà Nội, kết hợp trực tuyến, ";
        assertThat(hybridPdf).contains("Phú Thọ, ngày 07 tháng 02 năm 2080", held).doesNotContain("Hà Nội, ngày");
        assertThat(documentXml(hybridDocx)).contains("Phú Thọ, ngày 07 tháng 02 năm 2080", held).doesNotContain("Hà Nội, ngày");
    }

    /** The PDF's words with its line breaks as spaces (a justified paragraph breaks anywhere). */
    static String flat(String text) { return text.replaceAll("\\s+", " "); }

    /** The DOCX's word/document.xml. */
    static String documentXml(byte[] docx) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
