package vn.vusta.thidua.common;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * What every visitor sees around the content: VUSTA's name in the header, a favicon, a footer, a message after signing
 * out, navigation that matches the role, and pages that fit a 390 px phone without sideways scrolling.
 */
@IntegrationTest
class SiteLayoutBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    long clusterId(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    @Test
    void everyPageCarriesVustasHeaderAndFooter() {
        var page = browser.newPage();
        for (var path : List.of("/", "/clusters", "/units", "/login")) {
            page.navigate(base() + path);
            assertThat(page.locator("header#site-header .brand-org")).hasText("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");
            assertThat(page.locator("header#site-header .brand-app")).hasText("Thi đua – Khen thưởng");
            assertThat(page.locator("footer#site-footer")).containsText("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");
            assertThat(page.locator("a.skip-link")).hasAttribute("href", "#main");
            assertThat(page.locator("main#main")).hasCount(1);
            assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/favicon.ico");
        }
        Browser.screenshot(page, "layout-login-1280");
    }

    @Test
    void theFaviconIsServedToEveryone() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var body = response.body();
        assertThat(body.length).isGreaterThan(100);
        assertThat(new byte[] {body[0], body[1], body[2], body[3]}).as("an ICO header").containsExactly(0, 0, 1, 0);
    }

    @Test
    void signingOutSaysSo() {
        var page = browser.newPage();
        Browser.logIn(page, base(), "uyvien.demo", "demo-2026!");
        assertThat(page.locator("#logged-out")).hasCount(0);
        page.locator("#nav-logout").click();
        page.waitForURL(url -> url.contains("logout"));
        assertThat(page.locator("#logged-out")).hasText("Bạn đã đăng xuất.");
        assertThat(page.locator("#nav-login")).isVisible();
        page.navigate(base() + "/?logout&lang=en");
        assertThat(page.locator("#logged-out")).hasText("You have signed out.");
        page.navigate(base() + "/?lang=vi");
    }

    @Test
    void theNavigationShowsWhatTheRoleCanUse() {
        var page = browser.newPage();
        page.navigate(base() + "/");
        assertThat(page.locator("#nav-admin")).hasCount(0);
        assertThat(page.locator("#nav-login")).isVisible();
        assertThat(page.locator("#nav-language")).hasAttribute("lang", "en");

        Browser.logIn(page, base(), "haiphong.demo", "demo-2026!");
        assertThat(page.locator("#nav-admin")).hasCount(0);
        assertThat(page.locator("#nav-account")).containsText("haiphong.demo");

        var office = browser.newPage();
        Browser.logIn(office, base(), "vanphong.demo", "demo-2026!");
        // every entry of the office's menu bar on one line at 1280 px, none broken over two lines
        org.assertj.core.api.Assertions.assertThat(((Number) office.evaluate("() => new Set([...document.querySelectorAll('.site-nav .nav-link')]"
                + ".map(a => Math.round(a.getBoundingClientRect().height))).size")).intValue()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(((Number) office.evaluate("() => new Set([...document.querySelectorAll('.site-nav .nav-link')]"
                + ".map(a => Math.round(a.getBoundingClientRect().top))).size")).intValue()).as("one row of entries").isEqualTo(1);
        office.locator("#nav-admin button").click();
        assertThat(office.locator("#nav-admin .dropdown-menu")).isVisible();
        assertThat(office.locator("#nav-admin .dropdown-menu a[href='/admin/clusters/new']")).hasCount(1);
        Browser.screenshot(office, "layout-office-menu-1280");
    }

    @Test
    void theHomePageSaysPlainlyWhatExistsAndNamesNoInternalSource() {
        var page = browser.newPage();
        page.navigate(base() + "/");
        // what exists (campaigns, meetings and secret ballots) and what comes later (dossiers, the council, decisions)
        assertThat(page.locator("#intro")).containsText("hội nghị cụm với biên bản và bỏ phiếu kín");
        assertThat(page.locator("#intro")).containsText("Hồ sơ đề nghị khen thưởng, Hội đồng thi đua – khen thưởng và quyết định sẽ được bổ sung ở giai đoạn sau");
        page.navigate(base() + "/clusters/" + clusterId("CUM-09", 2024));
        assertThat(page.locator("main")).not().containsText("nguồn S");
        assertThat(page.locator("main")).containsText("Ký kết giao ước thi đua Cụm thi đua số 9");
        page.navigate(base() + "/clusters/" + clusterId("CUM-02", 2024));
        assertThat(page.locator("main")).not().containsText("nguồn S");
        assertThat(jdbc.queryForObject("select count(*) from cluster where leadership_ref like '%nguồn S%'", Long.class)).isZero();
    }

    @Test
    void englishCountsAreProperPlurals() {
        var page = browser.newPage();
        page.navigate(base() + "/units?lang=en&q=can%20tho&date=2025-07-01");
        assertThat(page.locator("#unit-count")).hasText("1 unit existing on 01/07/2025");
        page.navigate(base() + "/units?q=no-such-unit-anywhere");
        assertThat(page.locator("#unit-count")).hasText("no units");
        page.navigate(base() + "/units?date=2025-06-01");
        assertThat(page.locator("#unit-count")).hasText(java.util.regex.Pattern.compile("^[2-9][0-9] units existing on 01/06/2025$"));
        page.navigate(base() + "/units?lang=vi");
    }

    @Test
    void mainPagesFitAPhoneWithoutSidewaysScrolling() {
        var page = browser.newPage(390, 844, false);
        for (var path : List.of("/", "/clusters?year=2024", "/units", "/clusters/" + clusterId("CUM-02", 2025), "/units?q=hai%20phong")) {
            page.navigate(base() + path);
            assertThat(pageWidth(page)).as("page width of %s at 390 px", path).isLessThanOrEqualTo(390);
        }
        page.navigate(base() + "/units");
        page.locator("#units").scrollIntoViewIfNeeded();
        Browser.screenshotViewport(page, "units-390");
        // lists stack on a phone: each cell under its column's name, nothing to scroll inside the table either
        var nameCell = page.locator("#units tbody tr").first().locator("td").nth(1);
        org.assertj.core.api.Assertions.assertThat(nameCell.evaluate("td => getComputedStyle(td).display")).isEqualTo("block");
        org.assertj.core.api.Assertions.assertThat(nameCell.evaluate("td => getComputedStyle(td, '::before').content")).isEqualTo("\"Tên đơn vị\"");
        org.assertj.core.api.Assertions.assertThat(((Number) page.locator("#units").evaluate("t => t.scrollWidth - t.clientWidth")).intValue())
                .as("the units table no longer scrolls sideways").isLessThanOrEqualTo(0);
        page.navigate(base() + "/clusters?year=2024");
        page.locator("#clusters").scrollIntoViewIfNeeded();
        Browser.screenshotViewport(page, "clusters-2024-390");
        page.navigate(base() + "/clusters/" + clusterId("CUM-02", 2025));
        Browser.screenshot(page, "cluster-2-2025-390");
        page.navigate(base() + "/");
        Browser.screenshotViewport(page, "home-390");
    }

    static int pageWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }
}
