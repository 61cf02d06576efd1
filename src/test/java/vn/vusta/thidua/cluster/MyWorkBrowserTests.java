package vn.vusta.thidua.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The "my work" panel on the home page: what a unit officer, the office and a Presidium member can do now. */
@IntegrationTest
class MyWorkBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    String base() { return "http://127.0.0.1:" + port; }

    long clusterId(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void anonymousVisitorsSeeNoPanel() {
        var page = browser.newPage();
        page.navigate(base() + "/");
        assertThat(page.locator("#my-work")).hasCount(0);
    }

    @Test
    void aUnitOfficerSeesItsUnitItsClustersAndTheHeadItMayRecord() {
        clock.setInstant(Instant.parse("2025-11-20T03:00:00Z"));
        var page = browser.newPage();
        Browser.logIn(page, base(), "haiphong.demo", "demo-2026!");
        page.navigate(base() + "/");
        var panel = page.locator("#my-work");
        assertThat(panel.locator("#my-unit")).containsText("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng (đến 30/06/2025)");
        assertThat(panel.locator("#my-unit-merged")).containsText("thành phố Hải Phòng (từ 01/07/2025)");
        assertThat(panel.locator("#my-duties")).containsText("Cụm thi đua số 2");
        // after 1 July 2025 the old Hải Phòng acts for nothing: the new Hải Phòng carries its right (issue 6 §1)
        assertThat(panel.locator("#my-recordings a")).hasCount(0);
        // before the merger, Hải Phòng (head of Cụm 2 in 2024) records the head elected for 2025
        clock.setInstant(Instant.parse("2025-03-02T03:00:00Z"));
        page.reload();
        var record = page.locator("#my-work").locator("#my-recordings a");
        assertThat(record).hasCount(1);
        assertThat(record).hasAttribute("href", "/clusters/" + clusterId("CUM-02", 2025) + "/leadership");
        Browser.screenshot(page, "my-work-unit-officer-1280");
        record.click();
        assertThat(page.locator("h1")).containsText("năm 2025");
    }

    @Test
    void aUnitWithoutRightsIsOfferedNoRecording() {
        clock.setInstant(Instant.parse("2025-11-20T03:00:00Z"));
        var page = browser.newPage();
        Browser.logIn(page, base(), "haiduong.demo", "demo-2026!");
        page.navigate(base() + "/");
        assertThat(page.locator("#my-unit")).containsText("Hải Dương");
        assertThat(page.locator("#my-recordings")).hasCount(0);
    }

    @Test
    void theOfficeSeesWhatIsMissingThisYear() {
        clock.setInstant(Instant.parse("2025-11-20T03:00:00Z"));
        var page = browser.newPage();
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        page.navigate(base() + "/");
        var missing = page.locator("#clusters-without-head li");
        long withoutHead = jdbc.queryForObject("select count(*) from cluster where cluster_year = 2025 and level = 'VUSTA' and kind = 'CLUSTER' and head_unit_id is null", Long.class);
        assertThat(missing).hasCount((int) withoutHead);
        Browser.screenshot(page, "my-work-office-1280");

        clock.setInstant(Instant.parse("2031-02-01T03:00:00Z"));
        page.navigate(base() + "/");
        assertThat(page.locator("#plan-missing")).containsText("Chưa có phương án cụm thi đua năm 2031");
        assertThat(page.locator("#plan-missing a")).hasAttribute("href", "/admin/regrouping");
    }

    @Test
    void aCouncilMemberIsToldPlainlyThatNothingAwaitsIt() {
        var page = browser.newPage(390, 844, false);
        Browser.logIn(page, base(), "uyvien.demo", "demo-2026!");
        page.navigate(base() + "/");
        assertThat(page.locator("#my-work")).containsText("Ủy viên Hội đồng TĐKT");
        assertThat(page.locator("#nothing-to-do")).isVisible();
        Browser.screenshot(page, "my-work-council-390");
    }
}
