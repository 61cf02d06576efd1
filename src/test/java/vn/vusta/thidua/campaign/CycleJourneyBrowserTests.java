package vn.vusta.thidua.campaign;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.assessment.AssessmentFixture;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The whole yearly cycle of one cluster, with real accounts in separate browsers, each following the links of the
 * campaign page: the office opens the 2047 campaign; Hà Nội (deputy), Cần Thơ (head) and the new Hải Phòng register
 * their targets; the head compiles the covenant and every member confirms it; the covenant downloads as a PDF; each
 * unit fills its sheet with evidence and submits; the head returns Hải Phòng's sheet with a reason, Hải Phòng corrects
 * and resubmits, the head reviews it and Hà Nội's, the deputy reviews the head's; in the explanation window Hà Nội
 * contests a score and the office accepts it with a new score; after the window the office closes the scores and
 * publishes; the league table ranks the three, a member reads it, and its XLSX and PDF download. The clock moves
 * through 2047; everything the journey records is removed afterwards.
 */
@IntegrationTest
class CycleJourneyBrowserTests {
    static final int YEAR = 2047;
    static final String CLUSTER = "CUM-HT";
    static final String NAME = "Thi đua các cụm Liên hiệp Hội năm 2047 (hành trình trọn vòng)";
    static final Path OUT = Path.of("target", "screenshots");
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TestClock clock;
    AssessmentFixture f;
    long tree;
    long campaign;

    String base() { return "http://127.0.0.1:" + port; }

    @BeforeEach
    void aClusterOf2047WithItsSheet() {
        removeTheYear();
        clock.setInstant(Instant.parse("2047-02-03T02:00:00Z"));
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        f.cluster(YEAR, CLUSTER);
        tree = f.scoringSheet("HT", YEAR);
    }

    @AfterEach
    void removeTheYear() {
        clock.reset();
        AssessmentFixture.removeYear(jdbc, YEAR, CLUSTER);
        jdbc.update("delete from scoring_sheet where code = 'HT' and valid_from = ?", java.time.LocalDate.of(YEAR, 1, 1));
    }

    @Test
    void oneClusterFromOpeningToThePublishedLeagueTable() throws Exception {
        // February: the office prepares and opens the campaign
        var office = signedIn("vanphong.demo");
        office.navigate(base() + "/campaigns/new?year=" + YEAR);
        office.getByLabel("Tên đợt thi đua").fill(NAME);
        office.locator("#scoringSheetId").selectOption(new SelectOption().setLabel("Bảng điểm kiểm thử HT (HT, v1)"));
        office.locator("#save-campaign").click();
        office.locator("#open-campaign").click();
        assertThat(office.locator("#campaign-status")).hasText("Đang diễn ra");
        campaign = jdbc.queryForObject("select id from campaign where name = ?", Long.class, NAME);

        // each member registers its target for I.1
        var hanoi = signedIn("hanoi.demo");
        var cantho = signedIn("cantho.demo");
        var haiphong = signedIn("haiphong25.assess");
        register(hanoi, "4", "hanoi");
        register(cantho, "5", "cantho");
        register(haiphong, "2", "haiphong");

        // the head compiles the covenant; every member confirms it; it downloads as the signed PDF
        overview(cantho);
        cantho.locator("#my-part .covenant-link").click();
        assertThat(cantho.locator(".party")).hasCount(3);
        cantho.locator("#compile-covenant").click();
        assertThat(cantho.locator("#covenant-status")).hasText("Chờ các đơn vị xác nhận");
        for (var unit : new Page[] {cantho, hanoi, haiphong}) {
            overview(unit);
            unit.locator("#my-part .covenant-link").click();
            unit.locator("#confirm-covenant").click();
        }
        assertThat(haiphong.locator("#covenant-status")).hasText("Đã ký");
        assertThat(haiphong.locator("#confirmation-count")).hasText("3/3 đơn vị đã xác nhận");
        Browser.screenshot(haiphong, "journey-01-covenant-signed");
        var covenantPdf = download(haiphong, "#covenant-pdf", "journey-covenant.pdf");
        assertThat(Files.readAllBytes(covenantPdf)).startsWith("%PDF".getBytes());

        // November: each unit fills its sheet with evidence and submits
        clock.setInstant(Instant.parse("2047-11-10T02:00:00Z"));
        var evidence = Files.readAllBytes(covenantPdf);
        fillAndSubmit(hanoi, evidence, new String[] {"3", "1", "25", "8", "1", "0"});
        fillAndSubmit(cantho, evidence, new String[] {"5", "1", "28", "6", "0", "1"});
        fillAndSubmit(haiphong, evidence, new String[] {"3", "1", "25", "4", "2", "0"});
        Browser.screenshot(haiphong, "journey-02-sheet-submitted");

        // the head returns Hải Phòng's sheet with a reason and reviews Hà Nội's; the deputy reviews the head's
        openFromReviewList(cantho, "LHH-HPG25");
        cantho.locator("#reason").fill("Chỉ tiêu I.1 ghi 3 hội nhưng minh chứng chỉ có 2 quyết định thành lập");
        cantho.locator("#return-sheet").click();
        assertThat(cantho.locator("#sheet-status")).hasText("Bị trả lại");
        openFromReviewList(cantho, "LHH-HNI");
        review(cantho, new String[] {"3", "1", "20", "8", "1", "0"}, "journey-03-head-reviews-hanoi");
        openFromReviewList(hanoi, "LHH-CTO25");
        review(hanoi, new String[] {"5", "1", "22", "6", "0", "1"}, null);

        // Hải Phòng reads the reason, corrects and resubmits; the head reviews it
        overview(haiphong);
        haiphong.locator("#link-own-sheet").click();
        assertThat(haiphong.locator("#return-reason")).containsText("minh chứng chỉ có 2 quyết định");
        selfValue(haiphong, "I.1").fill("2");
        haiphong.locator("#submit-sheet").click();
        assertThat(haiphong.locator("#sheet-status")).hasText("Đã nộp");
        openFromReviewList(cantho, "LHH-HPG25");
        review(cantho, new String[] {"2", "0", "18", "4", "2", "0"}, null);

        // December, in the explanation window: Hà Nội contests I.3; the office accepts with a new score
        clock.setInstant(Instant.parse("2047-12-08T02:00:00Z"));
        overview(hanoi);
        hanoi.locator("#link-own-sheet").click();
        var i3 = hanoi.locator("#c" + f.criterion(tree, "I.3"));
        i3.locator(".explain-form textarea").fill("Đơn vị đã chủ trì 4 hội thảo phản biện, có biên bản kèm theo");
        i3.locator(".explain-form input[type=file]").setInputFiles(covenantPdf);
        i3.locator(".explain-form button").click();
        assertThat(hanoi.locator("#sheet-status")).hasText("Đang giải trình");
        overview(office);
        assertThat(office.locator("#pending-explanations-count")).hasText("1");
        office.locator("#link-explanations").click();
        Browser.screenshot(office, "journey-04-explanations");
        office.locator("#pending-explanations .decide-link").click();
        var decide = office.locator("#c" + f.criterion(tree, "I.3") + " .decide-form");
        decide.locator("input[name=score]").fill("28");
        decide.locator("input[name=note]").fill("Chấp nhận: biên bản 4 hội thảo hợp lệ");
        decide.locator("button[value=accept]").click();
        assertThat(office.locator("#sheet-status")).hasText("Đã chốt điểm");

        // after the window: the office closes the scores and publishes
        clock.setInstant(Instant.parse("2047-12-16T02:00:00Z"));
        overview(office);
        office.locator(".cluster-card[data-cluster='" + CLUSTER + "'] .review-link").click();
        office.locator("#close-scores").click();
        assertThat(office.locator(".alert-success")).containsText("2");
        overview(office);
        office.locator(".cluster-card[data-cluster='" + CLUSTER + "'] .results-link").click();
        office.onDialog(d -> d.accept());
        office.locator("#publish").click();
        assertThat(office.locator(".alert-success")).containsText("Đã công bố kết quả");

        // the league table: Hà Nội 15 + 5 + 28 + 10 + 1 = 59; Cần Thơ 20 + 5 + 22 + 7.5 - 2 = 52.5; Hải Phòng 20 + 0 + 18 + 5 + 2 = 45
        overview(haiphong);
        haiphong.locator("#link-my-results").click();
        var rows = haiphong.locator("#league tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0).locator(".unit")).containsText("Hà Nội");
        assertThat(rows.nth(0).locator(".total")).hasText("59,00");
        assertThat(rows.nth(1).locator(".total")).hasText("52,50");
        assertThat(rows.nth(2).locator(".total")).hasText("45,00");
        Browser.screenshot(haiphong, "journey-05-league-table");
        var xlsx = download(haiphong, "#export-xlsx", "journey-results.xlsx");
        try (var book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append(' ')));
            assertThat(text.toString()).contains("Hà Nội", "59");
        }
        var pdf = download(haiphong, "#export-pdf", "journey-results.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    private Page signedIn(String username) {
        var page = browser.newPage();
        Browser.logIn(page, base(), username, AssessmentFixture.PASSWORD);
        return page;
    }

    private void overview(Page page) {
        page.navigate(base() + "/campaigns/" + campaign);
        assertThat(page.locator("#campaign-status")).isVisible();
    }

    private void register(Page page, String target, String who) {
        overview(page);
        page.locator("#link-registration").click();
        page.getByLabel("chỉ tiêu I.1").fill(target);
        page.getByLabel("Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam").check();
        page.locator("#submit-registration").click();
        Browser.screenshot(page, "journey-registration-" + who);
        assertThat(page.locator("#registration-status")).hasText("Đã gửi");
    }

    private static final String[] CODES = {"I.1", "I.2", "I.3", "II.1", "III", "IV"};

    private com.microsoft.playwright.Locator selfValue(Page page, String code) {
        return page.locator("#c" + f.criterion(tree, code) + " .self-cell input[type=text]");
    }

    /** Evidence for I.1 first (the upload reloads the page), then every value; I.2 is pass (1) or fail (0). */
    private void fillAndSubmit(Page page, byte[] evidence, String[] values) {
        overview(page);
        page.locator("#link-own-sheet").click();
        var i1 = page.locator("#c" + f.criterion(tree, "I.1"));
        i1.locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload("bien-ban.pdf", "application/pdf", evidence));
        i1.locator(".evidence-upload button").click();
        assertThat(page.locator(".alert-success")).containsText("bien-ban.pdf");
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i].equals("I.2")) page.locator("#c" + f.criterion(tree, "I.2") + " .self-cell select").selectOption(values[i]);
            else selfValue(page, CODES[i]).fill(values[i]);
        }
        page.locator("#submit-sheet").click();
        assertThat(page.locator("#sheet-status")).hasText("Đã nộp");
    }

    private void openFromReviewList(Page page, String unitCode) {
        overview(page);
        page.locator("#link-my-review").click();
        page.locator("#review-table tr[data-unit='" + unitCode + "'] a").click();
        assertThat(page.locator("#sheet-status")).hasText("Đã nộp");
    }

    private void review(Page page, String[] values, String screenshot) {
        for (int i = 0; i < CODES.length; i++) {
            var cell = page.locator("#c" + f.criterion(tree, CODES[i]) + " .review-cell");
            if (CODES[i].equals("I.2")) cell.locator("select").selectOption(values[i]);
            else cell.locator("input").fill(values[i]);
        }
        if (screenshot != null) Browser.screenshot(page, screenshot);
        page.locator("#complete-review").click();
        assertThat(page.locator("#sheet-status")).hasText("Đã chấm");
    }

    private static Path download(Page page, String selector, String name) {
        var download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(180_000), () -> page.locator(selector).click());
        var file = OUT.resolve(name);
        download.saveAs(file);
        return file;
    }
}
