package vn.vusta.thidua.campaign.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The journey with real roles in separate browsers: Hà Nội's officer fills its sheet with an evidence file (a hostile
 * and an oversized file are refused on the way) and submits; Cần Thơ's officer, the cluster head, returns it with a
 * reason; Hà Nội sees the reason, corrects and resubmits; the head completes the review.
 */
@IntegrationTest
class AssessmentBrowserTests {
    static final int YEAR = 2046;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-BR"); }
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void aSheetIsFilledWithEvidenceSubmittedReturnedResubmittedAndReviewed() throws IOException {
        var f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        long cluster = f.cluster(YEAR, "CUM-BR");
        long tree = f.scoringSheet("BR", YEAR);
        long campaign = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaign);
        f.register(campaign, cluster, "LHH-HNI", tree, "4");
        long sheet = f.sheetOf(campaign, "LHH-HNI");

        var unit = browser.newPage();
        Browser.logIn(unit, base(), "hanoi.demo", AssessmentFixture.PASSWORD);
        unit.navigate(base() + "/score-sheets/" + sheet);
        assertThat(unit.locator("h1")).containsText("Phiếu chấm điểm của Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội");
        var i1 = unit.locator("#c" + f.criterion(tree, "I.1"));
        // a script disguised as a PDF is refused, nothing stored
        i1.locator("input[type=file]").setInputFiles(new FilePayload("quyet-dinh.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        i1.locator(".evidence-upload button").click();
        assertThat(unit.locator(".alert-danger")).containsText("không được nhận");
        // an oversized file: a clear message, not a broken connection
        var big = Path.of("target", "lon-12mb.pdf");
        var bytes = new byte[12 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        Files.write(big, bytes);
        unit.locator("#c" + f.criterion(tree, "I.1") + " input[type=file]").setInputFiles(big);
        unit.locator("#c" + f.criterion(tree, "I.1") + " .evidence-upload button").click();
        assertThat(unit.locator(".alert-danger")).containsText("Tệp quá lớn");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from evidence_file where score_sheet_id = ?", Integer.class, sheet)).isZero();
        unit.locator("#c" + f.criterion(tree, "I.1") + " input[type=file]").setInputFiles(new FilePayload("quyet-dinh-thanh-lap.pdf",
                "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        unit.locator("#c" + f.criterion(tree, "I.1") + " .evidence-upload button").click();
        assertThat(unit.locator(".alert-success")).containsText("quyet-dinh-thanh-lap.pdf");

        fill(unit, f, tree, "I.1", "3");
        unit.locator("#c" + f.criterion(tree, "I.2") + " select").selectOption("1");
        fill(unit, f, tree, "I.3", "25");
        fill(unit, f, tree, "II.1", "8");
        fill(unit, f, tree, "III", "1");
        unit.locator("#save-sheet").click();
        assertThat(unit.locator(".alert-success")).containsText("Đã lưu");
        assertThat(unit.locator("#c" + f.criterion(tree, "I.1") + " .self-points")).hasText("15.00");
        unit.locator("#submit-sheet").click();
        assertThat(unit.locator(".alert-danger")).containsText("Tiêu chí chưa nhập (0 cũng là một giá trị): IV");
        fill(unit, f, tree, "IV", "0");
        Browser.screenshot(unit, "assessment-self-filled");
        unit.locator("#submit-sheet").click();
        assertThat(unit.locator("#sheet-status")).hasText("Đã nộp");

        var head = browser.newPage();
        Browser.logIn(head, base(), "cantho.demo", AssessmentFixture.PASSWORD);
        head.navigate(base() + "/campaigns/" + campaign + "/clusters/" + cluster + "/review");
        assertThat(head.locator("#review-table")).containsText("Chờ bạn chấm");
        Browser.screenshot(head, "assessment-review-list");
        head.locator("#review-table tr[data-unit='LHH-HNI'] a").click();
        assertThat(head.locator("#c" + f.criterion(tree, "I.1") + " .self-value")).hasText("3");
        head.locator("#reason").fill("Thiếu quyết định thành lập của hội thứ ba");
        head.locator("#return-sheet").click();
        assertThat(head.locator("#sheet-status")).hasText("Bị trả lại");

        unit.reload();
        assertThat(unit.locator("#return-reason")).containsText("Thiếu quyết định thành lập của hội thứ ba");
        fill(unit, f, tree, "I.1", "2");
        unit.locator("#submit-sheet").click();
        assertThat(unit.locator("#sheet-status")).hasText("Đã nộp");

        head.reload();
        for (var code : new String[] {"I.1", "I.3", "II.1", "III", "IV"}) {
            var value = switch (code) { case "I.1" -> "2"; case "I.3" -> "20"; case "II.1" -> "8"; case "III" -> "1"; default -> "0"; };
            head.locator("#c" + f.criterion(tree, code) + " .review-cell input").fill(value);
        }
        head.locator("#c" + f.criterion(tree, "I.2") + " .review-cell select").selectOption("1");
        head.locator("#c" + f.criterion(tree, "I.3") + " .review-cell textarea").fill("Hoạt động tư vấn tốt, còn ít phản biện");
        Browser.screenshot(head, "assessment-review-side-by-side");
        head.locator("#complete-review").click();
        assertThat(head.locator("#sheet-status")).hasText("Đã chấm");
        // 10 + 5 + 20 + 10 (the cluster's best) + 1 - 0
        assertThat(head.locator("#total-review")).hasText("46.00");
        Browser.screenshot(head, "assessment-reviewed");
    }

    private static void fill(com.microsoft.playwright.Page page, AssessmentFixture f, long tree, String code, String value) {
        page.locator("#c" + f.criterion(tree, code) + " .self-cell input[type=text]").fill(value);
    }
}
