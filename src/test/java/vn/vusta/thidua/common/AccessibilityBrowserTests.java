package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
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

    static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

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
        var response = page.navigate(base() + path);
        if (response.status() >= 400) return List.of(path + " → HTTP " + response.status());
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        @SuppressWarnings("unchecked")
        var found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ': ' + n.target.join(' ') + ' – ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
                }""");
        return found.stream().map(f -> path + " → " + f).toList();
    }
}
