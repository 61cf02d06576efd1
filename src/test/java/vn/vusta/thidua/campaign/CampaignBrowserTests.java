package vn.vusta.thidua.campaign;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The campaign journey with real roles in separate browsers: the office prepares and opens the 2025 campaign of
 * VUSTA's clusters; the officers of Hải Phòng (Cụm 2's head) and Hải Dương register; the head compiles the covenant;
 * both confirm it; the signed covenant downloads as a PDF. Everything it records is removed afterwards.
 */
@IntegrationTest
class CampaignBrowserTests {
    static final String NAME = "Thi đua các cụm Liên hiệp Hội tỉnh, thành phố năm 2025 (hành trình)";
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired ScoringSheets sheets;
    @Autowired TransactionTemplate tx;
    long cluster;

    String base() { return "http://127.0.0.1:" + port; }

    @BeforeEach
    void march2025WithASheetAndHaiPhongAsHead() {
        clock.setInstant(Instant.parse("2025-03-02T03:00:00Z"));
        tx.executeWithoutResult(s -> TestCampaigns.sheet(sheets, TestCampaigns.unit(jdbc, "LHHVN"), "BD-HANH-TRINH", 2025));
        cluster = TestCampaigns.cluster(jdbc, "CUM-02", 2025);
        jdbc.update("update cluster set head_unit_id = ? where id = ?", TestCampaigns.unit(jdbc, "LHH-HPG"), cluster);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        String ofCampaign = "(select id from campaign where name = '" + NAME + "')";
        jdbc.update("delete from covenant_party where covenant_id in (select id from covenant where campaign_id in " + ofCampaign + ")");
        jdbc.update("delete from covenant where campaign_id in " + ofCampaign);
        jdbc.update("delete from registration_target where registration_id in (select id from registration where campaign_id in " + ofCampaign + ")");
        jdbc.update("delete from registration where campaign_id in " + ofCampaign);
        // opening the campaign made a score sheet for every member (the assessment's listener)
        jdbc.update("delete from score_sheet where campaign_id in " + ofCampaign);
        jdbc.update("delete from campaign where name = '" + NAME + "'");
        jdbc.update("delete from scoring_sheet where code = 'BD-HANH-TRINH'");
        jdbc.update("update cluster set head_unit_id = null where id = ?", cluster);
    }

    @Test
    void officeOpensMembersRegisterTheHeadCompilesAndEveryMemberConfirms() throws Exception {
        var office = browser.newPage();
        Browser.logIn(office, base(), "vanphong.demo", "demo-2026!");
        office.navigate(base() + "/campaigns/new?year=2025");
        office.getByLabel("Tên đợt thi đua").fill(NAME);
        office.locator("#scoringSheetId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                "Bảng điểm thi đua cụm Liên hiệp Hội tỉnh, thành phố năm 2025 (BD-HANH-TRINH, v1)"));
        Browser.screenshot(office, "campaign-new-1280");
        office.locator("#save-campaign").click();
        assertThat(office.locator("#campaign-status")).hasText("Đang soạn");
        office.locator("#open-campaign").click();
        assertThat(office.locator("#campaign-status")).hasText("Đang diễn ra");
        assertThat(office.locator("#deadlines tr[data-state=NEXT]")).containsText("Hạn đăng ký thi đua");
        Browser.screenshot(office, "campaign-overview-office-1280");
        long id = jdbc.queryForObject("select id from campaign where name = ?", Long.class, NAME);

        var haiphong = browser.newPage();
        Browser.logIn(haiphong, base(), "haiphong.demo", "demo-2026!");
        register(haiphong, id, "3", "5", "haiphong");
        var haiduong = browser.newPage();
        Browser.logIn(haiduong, base(), "haiduong.demo", "demo-2026!");
        register(haiduong, id, "2", "4", "haiduong");

        haiphong.navigate(base() + "/campaigns/" + id + "/clusters/" + cluster + "/covenant");
        assertThat(haiphong.locator(".party")).hasCount(2);
        haiphong.locator("#compile-covenant").click();
        assertThat(haiphong.locator("#covenant-status")).hasText("Chờ các đơn vị xác nhận");
        haiphong.locator("#confirm-covenant").click();
        assertThat(haiphong.locator("#confirmation-count")).hasText("1/2 đơn vị đã xác nhận");

        haiduong.navigate(base() + "/campaigns/" + id);
        haiduong.locator("#my-part .covenant-link").click();
        assertThat(haiduong.locator(".party[data-unit=LHH-HPG] .confirmation")).containsText("haiphong.demo");
        haiduong.locator("#confirm-covenant").click();
        assertThat(haiduong.locator("#covenant-status")).hasText("Đã ký");
        Browser.screenshot(haiduong, "covenant-signed-1280");

        var download = haiduong.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(180_000),
                () -> haiduong.locator("#covenant-pdf").click());
        var file = Path.of("target", "screenshots", "covenant-browser.pdf");
        download.saveAs(file);
        assertThat(download.suggestedFilename()).isEqualTo("giao-uoc-2025-cum-02.pdf");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
    }

    private void register(Page page, long campaign, String members, String workshops, String who) {
        page.navigate(base() + "/campaigns/" + campaign);
        page.locator("#link-registration").click();
        page.getByLabel("chỉ tiêu I.1").fill(members);
        page.getByLabel("chỉ tiêu I.2").fill(workshops);
        page.getByLabel("Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam").check();
        page.locator("#submit-registration").click();
        assertThat(page.locator("#registration-status")).hasText("Đã gửi");
        Browser.screenshot(page, "registration-submitted-" + who + "-1280");
    }
}
