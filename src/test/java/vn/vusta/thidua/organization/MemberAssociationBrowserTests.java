package vn.vusta.thidua.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * A provincial union's officer (Hải Phòng, before the 2025 merger) registers two member associations on the union's
 * page, opens an internal cluster for the year and puts them in it; another union's officer is refused.
 */
@IntegrationTest
class MemberAssociationBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    String base() { return "http://127.0.0.1:" + port; }

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    @AfterEach
    void cleanUp() {
        clock.reset();
        jdbc.update("delete from cluster_member where cluster_id in (select id from cluster where level = 'PROVINCIAL' and owner_unit_id = ?)", unit("LHH-HPG"));
        jdbc.update("delete from cluster where level = 'PROVINCIAL' and owner_unit_id = ?", unit("LHH-HPG"));
        jdbc.update("delete from emulation_cluster where level = 'PROVINCIAL' and owner_unit_id = ?", unit("LHH-HPG"));
        jdbc.update("delete from unit where owner_unit_id = ?", unit("LHH-HPG"));
    }

    void addAssociation(com.microsoft.playwright.Page page, String name, String shortName) {
        page.navigate(base() + "/units/" + unit("LHH-HPG"));
        page.locator("#association-new").click();
        page.locator("#name").fill(name);
        page.locator("#shortName").fill(shortName);
        page.locator("#association-form button[type=submit]").click();
        assertThat(page.locator(".alert-success")).containsText("Đã thêm hội thành viên");
        assertThat(page.locator("h1")).containsText(name);
        assertThat(page.locator("#association-owner")).containsText("Hải Phòng");
    }

    @Test
    void aUnionsOfficerRegistersAssociationsAndGroupsThemInAnInternalCluster() {
        clock.setInstant(Instant.parse("2025-03-02T03:00:00Z"));
        var page = browser.newPage();
        Browser.logIn(page, base(), "haiphong.demo", "demo-2026!");
        addAssociation(page, "Hội Tin học thành phố Hải Phòng", "Hội Tin học");
        addAssociation(page, "Hội Y học thành phố Hải Phòng", "Hội Y học");

        page.navigate(base() + "/units/" + unit("LHH-HPG"));
        var list = page.locator("#associations");
        assertThat(list).containsText("Hội Tin học thành phố Hải Phòng");
        assertThat(list).containsText("2 hội thành viên");
        page.locator("#association-q").fill("y hoc");
        page.locator("#associations form button").click();
        assertThat(page.locator("#associations table")).not().containsText("Hội Tin học");
        assertThat(page.locator("#associations table")).containsText("Hội Y học thành phố Hải Phòng");
        Browser.screenshot(page, "union-member-associations-1280");

        page.locator("#internal-cluster-new").click();
        assertThat(page.locator("h1")).containsText("Lập cụm thi đua nội bộ");
        page.locator("#code").fill("CUM-01");
        page.locator("#name").fill("Cụm thi đua số 1 các hội thành viên");
        page.locator("#cluster-form button.btn-primary").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("h1")).containsText("Cụm thi đua số 1 các hội thành viên");
        for (var name : new String[] {"Hội Tin học thành phố Hải Phòng", "Hội Y học thành phố Hải Phòng"}) {
            page.locator("#unitId").selectOption(new SelectOption().setLabel(name));
            page.locator("#add-member button").click();
            assertThat(page.locator(".alert-success")).isVisible();
        }
        assertThat(page.locator("#member-count")).hasText("2");
        assertThat(page.locator("#members")).containsText("Hội Y học thành phố Hải Phòng");
        Browser.screenshot(page, "internal-cluster-by-union-officer-1280");

        var other = browser.newPage();
        Browser.logIn(other, base(), "haiduong.demo", "demo-2026!");
        long association = jdbc.queryForObject("select id from unit where name = 'Hội Tin học thành phố Hải Phòng'", Long.class);
        var response = other.navigate(base() + "/units/" + association + "/edit");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        other.navigate(base() + "/units/" + unit("LHH-HPG"));
        assertThat(other.locator("#associations")).containsText("Hội Tin học thành phố Hải Phòng");
        assertThat(other.locator("#association-new")).hasCount(0);
        assertThat(other.locator("#internal-cluster-new")).hasCount(0);
    }
}
