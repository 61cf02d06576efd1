package vn.vusta.thidua.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

/** The journeys of the VUSTA office and of a unit officer, in Debian's Chromium. */
@IntegrationTest
class ClusterBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    /** Puts Cụm 9's 2025 leadership back as the reference data has it (no head), whatever a journey recorded. */
    void forgetCluster9Of2025() {
        jdbc.update("""
                update cluster set head_unit_id = null, deputy_unit_id = null, leadership_ref = null, leadership_date = null,
                  leadership_recorded_by = null, leadership_confirmed = false, leadership_confirmed_by = null
                where code = 'CUM-09' and cluster_year = 2025""");
    }

    @AfterEach
    void realTime() { clock.reset(); }

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void theOfficeSeesThe2022ClustersAndRecordsTheNextRotation() {
        clock.setInstant(Instant.parse("2024-12-06T03:00:00Z"));     // the day of Cụm 9's 2024 summary
        try {
            officeRecordsTheNextRotation();
        } finally {
            forgetCluster9Of2025();
        }
    }

    private void officeRecordsTheNextRotation() {
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
        assertThat(page.locator("#headUnitId option:checked")).containsText("Bạc Liêu");
        assertThat(page.locator("#deputyUnitId option:checked")).containsText("Cà Mau");
        page.getByLabel("Ngày họp / ngày quyết định").fill("2024-12-06");
        page.getByLabel("Căn cứ (biên bản, quyết định)").fill("Biên bản Hội nghị tổng kết Cụm thi đua số 9 ngày 06/12/2024");
        Browser.screenshot(page, "rotation-proposal");
        page.getByText("Lưu kết quả").click();

        assertThat(page.locator(".alert-success")).hasText("Đã ghi nhận cụm trưởng, cụm phó.");
        assertThat(page.locator("#head")).containsText("Bạc Liêu");
        assertThat(page.locator("#head")).containsText("từ 01/07/2025: Cà Mau kế thừa");
        assertThat(page.locator("#deputy")).containsText("Cà Mau (đến 30/06/2025)");
        assertThat(page.locator("#rotation-history tbody tr").first()).containsText("Bạc Liêu");
        Browser.screenshot(page, "cluster-9-2025-saved");
    }

    @Test
    void anOfficerOfASuccessorUnionRecordsItsClustersHeadInTheMergerYear() {
        clock.setInstant(Instant.parse("2025-09-15T03:00:00Z"));     // after 1 July 2025: Sóc Trăng is carried on by the new Cần Thơ
        try {
            var page = browser.newPage();
            Browser.logIn(page, base(), "cantho.demo", "demo-2026!");
            page.navigate(base() + "/clusters?year=2025");
            page.getByText("Cụm thi đua số 9 – Nam Sông Hậu").click();
            var members = page.locator("#members");
            assertThat(members.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Sóc Trăng")))
                    .containsText("đã hợp nhất vào TP Cần Thơ từ 01/07/2025");
            assertThat(members.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Bạc Liêu")))
                    .containsText("đã hợp nhất vào Cà Mau từ 01/07/2025");
            assertThat(page.locator("#dissolved-note")).isVisible();
            Browser.screenshot(page, "cluster-9-2025-merger-year");
            page.getByText("Đề xuất luân phiên và ghi nhận").click();
            assertThat(page.locator("#proposed-head")).hasText("Bạc Liêu");
            page.getByLabel("Ngày họp / ngày quyết định").fill("2025-09-15");
            page.getByLabel("Căn cứ (biên bản, quyết định)").fill("Biên bản họp Cụm thi đua số 9 ngày 15/09/2025");
            Browser.screenshot(page, "cluster-9-2025-record-by-successor");
            page.getByText("Lưu kết quả").click();
            assertThat(page.locator(".alert-success")).hasText("Đã ghi nhận cụm trưởng, cụm phó.");
            assertThat(page.locator("#head")).containsText("Bạc Liêu");
            assertThat(page.locator("#head .head-carrier")).hasText("từ 01/07/2025: Cà Mau kế thừa");
            assertThat(page.locator("#leadership-status")).hasText("Chờ Văn phòng xác nhận");
            Browser.screenshot(page, "cluster-9-2025-recorded-by-successor");

            var office = browser.newPage();
            Browser.logIn(office, base(), "vanphong.demo", "demo-2026!");
            office.navigate(page.url());
            office.locator("#confirm-leadership").click();
            assertThat(office.locator("#leadership-status")).hasText("Văn phòng đã xác nhận");
            page.reload();
            assertThat(page.getByText("Đề xuất luân phiên và ghi nhận")).hasCount(0);
        } finally {
            forgetCluster9Of2025();
        }
    }

    @Test
    void theOfficeRegroupsTheClustersFor2026() {
        var page = browser.newPage();
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        try {
            page.navigate(base() + "/admin/regrouping?year=2026");
            assertThat(page.locator("#regrouping tbody tr.flag-row")).hasCount(8);
            assertThat(page.locator("tr[data-unit-code=LHH-BNH25] select option:checked")).hasText("— Cần chọn cụm —");
            page.locator("tr[data-unit-code=LHH-AGG25] select").selectOption("CUM-09");
            page.locator("tr[data-unit-code=LHH-LSN] select").selectOption("");
            page.getByText("Kiểm tra phương án").click();
            assertThat(page.locator("#check-errors")).containsText("Lạng Sơn chưa được xếp vào cụm nào.");
            assertThat(page.locator("#check-errors")).containsText("Bắc Ninh hình thành từ đơn vị của nhiều cụm (CUM-01, CUM-02)");
            Browser.screenshot(page, "regrouping-2026-undecided");
            assertThat(jdbc.queryForObject("select count(*) from cluster where cluster_year = 2026", Long.class)).isZero();
            page.locator("tr[data-unit-code=LHH-LSN] select").selectOption("CUM-01");
            for (var decision : new String[][] {{"LHH-BNH25", "CUM-02"}, {"LHH-NBH25", "CUM-04"}, {"LHH-PTO25", "CUM-03"},
                    {"LHH-QNG25", "CUM-06"}, {"LHH-GLI25", "CUM-06"}, {"LHH-LDG25", "CUM-05"}, {"LHH-DLK25", "CUM-05"}}) {
                page.locator("tr[data-unit-code=" + decision[0] + "] select").selectOption(decision[1]);
            }
            page.getByText("Kiểm tra phương án").click();
            assertThat(page.locator("#check-ok")).isVisible();
            assertThat(page.locator("#check-warnings")).containsText("ít hơn mức tối thiểu 4");
            page.getByLabel("Căn cứ (số, ngày quyết định)").fill("Quyết định số 01/QĐ-LHHVN ngày 05/01/2026 (thử nghiệm)");
            Browser.screenshot(page, "regrouping-2026-checked");
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
            jdbc.update("delete from emulation_cluster where first_year = 2026");
            jdbc.update("update emulation_cluster set ended_after_year = null, merged_into_id = null");
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
        jdbc.update("update unit_lineage set union_legal_ref = null, union_effective_date = null where successor_id = (select id from unit where code = 'LHH-DNG25')");
        jdbc.update("update unit set union_merged_on = null where code in ('LHH-DNG', 'LHH-QNM')");
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
