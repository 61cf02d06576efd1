package vn.vusta.thidua.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * Under the strict Content-Security-Policy (no inline scripts) the pages still work in Chromium: nothing is blocked,
 * the year select still submits itself (from /js/app.js), htmx still loads fragments, Swagger UI still renders.
 */
@IntegrationTest
class ContentSecurityPolicyBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    /** Collects every CSP violation the page reports (the listener is injected by the browser, outside the policy). */
    static List<String> watch(Page page) {
        var violations = new ArrayList<String>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) violations.add(m.text());
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        return violations;
    }

    @Test
    void thePublicPagesRunWithoutAnyBlockedScript() {
        var page = browser.newPage();
        var violations = watch(page);
        page.navigate(base() + "/clusters?year=2022");
        page.locator("select[data-autosubmit]").selectOption("2024");
        page.waitForURL("**/clusters?year=2024");
        long unit = jdbc.queryForObject("select id from unit where code = 'LHH-HPG'", Long.class);
        page.navigate(base() + "/units/" + unit);
        assertThat(page.locator("#lineage")).isVisible();
        assertThat(page.getByText("Cụm thi đua số 2").first()).isVisible();   // the cluster history, loaded by htmx
        page.navigate(base() + "/");
        page.navigate(base() + "/login");
        assertThat(violations).isEmpty();
        page.navigate(base() + "/swagger-ui/index.html");
        assertThat(page.getByText("Thi đua VUSTA API").first())   // the first description is built slowly
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(violations).isEmpty();
    }

    @Test
    void signedInPagesRunWithoutAnyBlockedScript() {
        var page = browser.newPage();
        var violations = watch(page);
        Browser.logIn(page, base(), "haiphong.demo", "demo-2026!");
        page.navigate(base() + "/account");
        assertThat(page.getByText("Cụm thi đua số 2").first()).isVisible();   // head rights, loaded by htmx
        long unit = jdbc.queryForObject("select id from unit where code = 'LHH-HPG'", Long.class);
        page.navigate(base() + "/units/" + unit + "/edit");
        assertThat(page.locator("#phone")).isVisible();
        assertThat(violations).isEmpty();
    }
}
