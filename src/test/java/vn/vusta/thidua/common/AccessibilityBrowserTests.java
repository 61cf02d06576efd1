package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Axe;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * Every main page, anonymous and as the office, passes axe-core (vendored in src/test/resources/axe, MPL-2.0) with no
 * serious or critical violation: colour contrast, names of controls, landmarks, language.
 */
@IntegrationTest
class AccessibilityBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    long clusterId(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    long unitId(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    @Test
    void publicPagesHaveNoSeriousViolations() {
        var page = browser.newPage(1280, 900, true);
        var problems = new ArrayList<String>();
        for (var path : List.of("/", "/?year=2024", "/clusters?year=2024", "/clusters/" + clusterId("CUM-09", 2025), "/units",
                "/units/" + unitId("LHH-CTO25"), "/units/" + unitId("LHH-HPG"), "/login", "/?lang=en")) {
            problems.addAll(check(page, path));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void officePagesHaveNoSeriousViolations() {
        var page = browser.newPage(1280, 900, true);
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        long cluster = clusterId("CUM-02", 2025);
        var problems = new ArrayList<String>();
        for (var path : List.of("/", "/clusters/" + cluster, "/clusters/" + cluster + "/leadership", "/admin/regrouping",
                "/admin/audit", "/admin/account-moves", "/admin/units/new", "/admin/mergers/new",
                "/admin/clusters/new", "/units/" + unitId("LHH-HPG25") + "/edit", "/account")) {
            problems.addAll(check(page, path));
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void accountAdministrationPagesHaveNoSeriousViolations() {
        var page = browser.newPage(1280, 900, true);
        Browser.logIn(page, base(), "quantri.demo", "demo-2026!");
        var problems = new ArrayList<String>();
        for (var path : List.of("/", "/admin/accounts", "/admin/accounts/new")) problems.addAll(check(page, path));
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void aUnitOfficersHomePageHasNoSeriousViolations() {
        var page = browser.newPage(1280, 900, true);
        Browser.logIn(page, base(), "haiphong.demo", "demo-2026!");
        assertThat(check(page, "/")).isEmpty();
    }

    /** Runs axe-core on the page at {@code path}; one line per serious or critical violation. */
    List<String> check(Page page, String path) {
        return Axe.seriousViolations(page, base() + path).stream().map(v -> v.substring(base().length())).toList();
    }
}
