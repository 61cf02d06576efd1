package vn.vusta.thidua.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/** The journeys of the VUSTA office and of a unit officer, in Debian's Chromium. */
@IntegrationTest
class ClusterBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void theOfficeSeesThe2022ClustersAndRecordsTheNextRotation() {
        var page = browser.newPage();
        page.navigate(base() + "/?year=2022");
        assertThat(page.locator("h2").first()).hasText("Cụm thi đua năm 2022");
        Browser.screenshot(page, "home-2022");

        Browser.logIn(page, base(), "admin", "admin-test-password-1");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'", Long.class))
                .as("the session is kept in the database, not in the node's memory").isPositive();
        page.navigate(base() + "/clusters?year=2022");
        var rows = page.locator("#clusters tbody tr");
        assertThat(rows).hasCount(9);
        assertThat(page.locator("#clusters td.size").allTextContents()).containsExactly("9", "8", "7", "7", "7", "6", "7", "6", "6");
        assertThat(page.locator("#clusters td.size").allTextContents().stream().sorted().toList())
                .containsExactly("6", "6", "6", "7", "7", "7", "7", "8", "9");
        Browser.screenshot(page, "clusters-2022");

        page.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX).first().selectOption("2024");
        page.waitForURL("**/clusters?year=2024");
        page.getByText("Cụm thi đua số 9 – Nam Sông Hậu").click();
        assertThat(page.locator("#head")).hasText("Sóc Trăng");
        assertThat(page.locator("#deputy")).hasText("Bạc Liêu");
        Browser.screenshot(page, "cluster-9-2024");

        page.locator("#rotation-history").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("2025").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("năm 2025");
        page.getByText("Đề xuất luân phiên và ghi nhận").click();
        assertThat(page.locator("#proposed-head")).hasText("Bạc Liêu");
        assertThat(page.locator("#proposed-deputy")).hasText("Cà Mau (đến 30/06/2025)");
        assertThat(page.locator("#headUnitId option:checked")).hasText("Bạc Liêu");
        assertThat(page.locator("#deputyUnitId option:checked")).hasText("Cà Mau (đến 30/06/2025)");
        page.getByLabel("Ngày họp / ngày quyết định").fill("2024-12-06");
        page.getByLabel("Căn cứ (biên bản, quyết định)").fill("Biên bản Hội nghị tổng kết Cụm thi đua số 9 ngày 06/12/2024");
        Browser.screenshot(page, "rotation-proposal");
        page.getByText("Lưu kết quả").click();

        assertThat(page.locator(".alert-success")).hasText("Đã ghi nhận cụm trưởng, cụm phó.");
        assertThat(page.locator("#head")).hasText("Bạc Liêu");
        assertThat(page.locator("#deputy")).hasText("Cà Mau (đến 30/06/2025)");
        assertThat(page.locator("#rotation-history tbody tr").first()).containsText("Bạc Liêu");
        Browser.screenshot(page, "cluster-9-2025-saved");
    }

    @Test
    void theOfficeRegroupsTheClustersFor2026() {
        var page = browser.newPage();
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        try {
            page.navigate(base() + "/admin/regrouping?year=2026");
            assertThat(page.locator("#regrouping tbody tr.flag-row")).hasCount(8);
            page.locator("tr[data-unit-code=LHH-AGG25] select").selectOption("CUM-09");
            page.locator("tr[data-unit-code=LHH-LSN] select").selectOption("");
            page.getByText("Kiểm tra phương án").click();
            assertThat(page.locator("#check-errors")).containsText("Lạng Sơn chưa được xếp vào cụm nào.");
            assertThat(jdbc.queryForObject("select count(*) from cluster where cluster_year = 2026", Long.class)).isZero();
            page.locator("tr[data-unit-code=LHH-LSN] select").selectOption("CUM-01");
            page.getByText("Kiểm tra phương án").click();
            assertThat(page.locator("#check-ok")).isVisible();
            page.getByLabel("Căn cứ (số, ngày quyết định)").fill("Quyết định số 01/QĐ-LHHVN ngày 05/01/2026 (thử nghiệm)");
            page.getByText("Lưu phương án").click();
            page.waitForURL("**/clusters?year=2026");
            assertThat(page.locator(".alert-success")).containsText("Đã lưu phương án 9 cụm thi đua năm 2026.");
            assertThat(page.locator("#clusters tr[data-cluster-code=CUM-09]")).containsText("An Giang");
            Browser.screenshot(page, "clusters-2026");
            page.navigate(base() + "/clusters?year=2025");
            assertThat(page.locator("#clusters tr[data-cluster-code=CUM-08]")).containsText("An Giang");
            assertThat(page.locator("#clusters tr[data-cluster-code=CUM-09]")).containsText("Kiên Giang");
        } finally {
            // the other journeys of this suite start from the reference scheme, without 2026
            jdbc.update("delete from cluster where cluster_year = 2026");
        }
    }

    @Test
    void aUnitOfficerCannotOpenAdminPages() {
        var page = browser.newPage();
        Browser.logIn(page, base(), "haiduong.demo", "demo-2026!");
        assertThat(page.getByText("Quản trị")).hasCount(0);
        for (var url : new String[] {"/admin/accounts", "/admin/regrouping", "/admin/audit"}) {
            var response = page.navigate(base() + url);
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("body")).containsText("Bạn không có quyền");
        }
        Browser.screenshot(page, "officer-forbidden");
    }

    @Test
    void pagesToLookAt() {
        var page = browser.newPage();
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        page.navigate(base() + "/units?q=can+tho");
        assertThat(page.locator("#units tbody tr")).hasCount(2);
        Browser.screenshot(page, "units-search");
        page.getByText("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ").last().click();
        assertThat(page.locator("#cluster-history")).isVisible();
        Browser.screenshot(page, "unit-detail");
        page.navigate(base() + "/units?q=da+nang&date=2026-01-01");
        page.getByText("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Đà Nẵng").click();
        page.locator("#reference").fill("Quyết định số 889/QĐ-UBND");
        page.locator("#unionDate").fill("2025-08-20");
        page.locator("#union-decision + form button").click();
        assertThat(page.locator(".alert-success")).hasText("Đã lưu quyết định hợp nhất Liên hiệp Hội.");
        assertThat(page.locator("#union-decision")).containsText("Quyết định số 889/QĐ-UBND (20/08/2025)");
        Browser.screenshot(page, "unit-successor");
        page.navigate(base() + "/admin/mergers/new");
        Browser.screenshot(page, "merger-form");
        page.navigate(base() + "/account");
        Browser.screenshot(page, "my-account");
        page.navigate(base() + "/admin/regrouping?year=2026");
        assertThat(page.locator("#regrouping tbody tr")).hasCount(34);
        Browser.screenshot(page, "regrouping-2026");
        page.navigate(base() + "/admin/audit");
        page.locator("form[action$=\"/admin/audit/verify\"] button").click();
        assertThat(page.locator("#verification")).containsText("toàn vẹn");
        Browser.screenshot(page, "audit");
    }
}
