package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.vusta.thidua.support.IntegrationTest;

/** The league table as XLSX (numbers stay numbers) and as the official PDF (Vietnamese text, fonts embedded). */
@IntegrationTest
class ResultExportsIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.vusta.thidua.support.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() { clock.reset(); }

    long campaign() { return jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME); }

    @Test
    void theWorkbookHoldsTheTableWithNumbers() throws Exception {
        var bytes = mvc.perform(get("/campaigns/{id}/results.xlsx", campaign()).param("cluster", "CUM-02").with(user("vanphong.demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("ket-qua-cham-diem-2024-cum-02.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024");
            var header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Xếp hạng");
            assertThat(header.getCell(2).getStringCellValue()).startsWith("I. ");
            var first = sheet.getRow(4);
            assertThat(first.getCell(1).getStringCellValue()).startsWith("Liên hiệp");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(header.getLastCellNum() - 1).getNumericCellValue()).isGreaterThan(40);
        }
    }

    @Test
    void thePdfReadsInVietnameseWithItsFontsEmbedded() throws Exception {
        clock.setInstant(java.time.Instant.parse("2025-03-05T03:00:00Z"));
        var bytes = mvc.perform(get("/public/campaigns/{id}/results.pdf", campaign()).param("cluster", "CUM-02"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/ket-qua-cum-02.pdf"), bytes);
        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Hải Phòng", "Điểm chốt");
            assertThat(text).doesNotContain("TẠM THỜI", "Tự chấm");
            // the shared Decree 30 heading of every official document: VUSTA over the cluster in capitals; the place is the
            // province of the 2024 head (Hải Phòng), the date the day the results were published (25/12/2024), not today
            // (the date line writes a zero only before days under 10 and the months 1 and 2: ResultPdfLetterheadIntegrationTests)
            assertThat(text).contains("LIÊN HIỆP CÁC HỘI KHOA HỌC\nVÀ KỸ THUẬT VIỆT NAM\nCỤM THI ĐUA SỐ 2", "Hải Phòng, ngày 25 tháng 12 năm 2024",
                    "Nhóm tiêu chí:", "TM. CỤM THI ĐUA").doesNotContain("ngày 05 tháng 3", "Hà Nội, ngày");
            var fonts = pdf.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty().allSatisfy(n -> {
                var font = pdf.getPage(0).getResources().getFont(n);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }
}
