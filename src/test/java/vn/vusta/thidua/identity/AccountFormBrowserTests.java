package vn.vusta.thidua.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The unit of an account is chosen from a list grouped by type and, for member associations, by union (with the
 * national demo data about 2,100 units), narrowed by typing part of a name without diacritics.
 */
@IntegrationTest
class AccountFormBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void twoAssociationsOfHaNoi() {
        removeAssociations();
        for (var name : new String[] {"Hội Tin học (thử tài khoản)", "Hội Y học (thử tài khoản)"}) {
            jdbc.update("insert into unit (code, name, short_name, type, province, status, owner_unit_id, valid_from) "
                    + "select ?, ?, ?, 'MEMBER_ASSOCIATION', 'Hà Nội', 'ACTIVE', id, date '2020-01-01' from unit where code = 'LHH-HNI'",
                    "HOI-TK-" + name.charAt(4), name, name);
        }
    }

    @AfterEach
    void removeAssociations() { jdbc.update("delete from unit where code like 'HOI-TK-%'"); }

    @Test
    void unitsAreGroupedAndNarrowedByWhatIsTyped() {
        var page = browser.newPage();
        Browser.logIn(page, "http://127.0.0.1:" + port, "quantri.demo", "demo-2026!");
        page.navigate("http://127.0.0.1:" + port + "/admin/accounts/new");
        var unions = page.locator("#unitId optgroup[label='Liên hiệp Hội tỉnh, thành phố']");
        assertThat(unions.locator("option", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("thành phố Hà Nội"))).hasCount(1);
        var associations = page.locator("#unitId optgroup[label='Hội thành viên – Hà Nội']");
        assertThat(associations.locator("option")).hasCount(2);

        page.locator("#unitFilter").fill("tin hoc");
        assertThat(associations.locator("option:not([hidden])")).hasCount(1);
        assertThat(associations.locator("option:not([hidden])")).containsText("Hội Tin học (thử tài khoản)");
        org.assertj.core.api.Assertions.assertThat(unions.evaluate("g => g.hidden")).as("a group without a match is hidden").isEqualTo(true);
        Browser.screenshot(page, "account-form-unit-filter");

        page.locator("#unitFilter").fill("");
        assertThat(associations.locator("option:not([hidden])")).hasCount(2);
        org.assertj.core.api.Assertions.assertThat(unions.evaluate("g => g.hidden")).isEqualTo(false);
    }
}
