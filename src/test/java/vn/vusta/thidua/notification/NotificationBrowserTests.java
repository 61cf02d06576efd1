package vn.vusta.thidua.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Axe;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/** A unit officer sees the unread count in the header, reads the newest notice first and marks notices read. */
@IntegrationTest
class NotificationBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void theHeaderCountsUnreadNoticesAndTheListMarksThemRead() {
        jdbc.update("update notification set read_at = current_timestamp where recipient = 'haiduong.demo' and read_at is null");
        notifier.deliver(new Notice("haiduong.demo", null, "CAMPAIGN_OPENED", List.of("Thi đua cụm năm 2031", "31/03/2031"),
                "/notifications", "browser:1"));
        notifier.deliver(new Notice("haiduong.demo", null, "DEADLINE_SOON",
                List.of("#notification.task.REGISTRATION", "Thi đua cụm năm 2031", "31/03/2031", "6"), "/notifications", "browser:2"));
        var page = browser.newPage(1280, 900, true);
        Browser.logIn(page, base(), "haiduong.demo", "demo-2026!");
        assertThat(page.locator("#nav-notifications #unread-badge")).hasText("2 chưa đọc");
        assertThat(Axe.seriousViolations(page, base() + "/notifications")).isEmpty();
        assertThat(page.locator("#notifications li").first())
                .containsText("Sắp đến hạn đăng ký thi đua: Thi đua cụm năm 2031, hạn 31/03/2031 (còn 6 ngày).");
        Browser.screenshot(page, "notifications-unread");
        page.locator("#notifications li").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.locator("#nav-notifications #unread-badge")).hasText("1 chưa đọc");
        page.locator("#read-all").click();
        assertThat(page.locator("#nav-notifications #unread-badge")).hasCount(0);
        assertThat(page.locator("#notifications li.notice-unread")).hasCount(0);
        Browser.screenshot(page, "notifications-read");
    }
}
