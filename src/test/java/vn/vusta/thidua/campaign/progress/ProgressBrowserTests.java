package vn.vusta.thidua.campaign.progress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Axe;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The progress dashboard in Chromium: the office reads the chart and the late units; a member sees its own row. */
@IntegrationTest
class ProgressBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Campaigns campaigns;
    @Autowired ScoringSheets sheets;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets scoreSheets;
    @Autowired TestClock clock;

    String base() { return "http://127.0.0.1:" + port; }

    long campaign() {
        clock.setInstant(Instant.parse("2023-12-05T03:00:00Z"));
        return new ProgressData(jdbc, tx, campaigns, sheets, registrations, scoreSheets).scenario(2023).campaignId();
    }

    @AfterEach
    void backToRealTime() { clock.reset(); }

    @Test
    void theOfficeSeesTheChartAndWhoIsLate() {
        long id = campaign();
        var page = browser.newPage(1280, 900, true);
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        assertThat(Axe.seriousViolations(page, base() + "/campaigns/" + id + "/progress")).isEmpty();
        assertThat(page.locator("h1")).containsText("Tiến độ: Thi đua cụm năm 2023");
        assertThat(page.locator("svg.progress-chart g")).hasCount(9);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.IMG,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tiến độ theo cụm"))).isVisible();
        assertThat(page.locator("tr[data-unit=LHH-HPG] td.overdue")).hasText("Chưa nộp tự chấm điểm");
        Browser.screenshot(page, "progress-office");
    }

    @Test
    void aMemberSeesItsOwnRowOnAPhone() {
        long id = campaign();
        var page = browser.newPage(390, 844, true);
        Browser.logIn(page, base(), "haiduong.demo", "demo-2026!");
        assertThat(Axe.seriousViolations(page, base() + "/campaigns/" + id + "/progress")).isEmpty();
        assertThat(page.locator("#progress-table tr[data-unit]")).hasCount(1);
        assertThat(page.locator("tr[data-unit=LHH-HDG] td.stage")).hasText("Chưa đăng ký");
        Browser.screenshotViewport(page, "progress-member-phone");
    }
}
