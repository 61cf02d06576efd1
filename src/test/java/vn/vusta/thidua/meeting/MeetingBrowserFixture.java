package vn.vusta.thidua.meeting;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.TestClock;

/**
 * What the meeting browser tests share: the test clock set to the meeting's day, a {@link MeetingFixture} cluster of the
 * class's own year (head Hà Nội, deputy Lạng Sơn), and each unit's officer signed in in a browser context of their own.
 * {@link #stop} closes the contexts, removes the data and resets the clock.
 */
final class MeetingBrowserFixture {
    final MeetingFixture data;
    private final Browser browser;
    private final String base;
    private final TestClock clock;
    private final Map<String, Page> officers = new HashMap<>();

    private MeetingBrowserFixture(MeetingFixture data, Browser browser, int port, TestClock clock) {
        this.data = data;
        this.browser = browser;
        this.base = "http://127.0.0.1:" + port;
        this.clock = clock;
    }

    /** The cluster {@code code} of {@code year} with its officers, the clock at {@code now}. */
    static MeetingBrowserFixture start(Browser browser, int port, JdbcTemplate jdbc, TestClock clock, int year, String code, Instant now) {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);   // a loaded machine
        clock.setInstant(now);
        var data = new MeetingFixture(jdbc, year, code).create("LHH-HNI");
        jdbc.update("update cluster set deputy_unit_id = ? where id = ?", data.unit("LHH-LSN"), data.cluster());
        return new MeetingBrowserFixture(data, browser, port, clock);
    }

    String base() { return base; }

    /** The officer of a unit, signed in in a browser context of their own (dialogs accepted). */
    Page officer(String unitCode) {
        return officers.computeIfAbsent(unitCode, code -> {
            var page = browser.newPage();
            page.onDialog(d -> d.accept());
            Browser.logIn(page, base, data.account(code), MeetingFixture.PASSWORD);
            return page;
        });
    }

    void stop() {
        officers.values().forEach(p -> p.context().close());
        officers.clear();
        data.remove();
        clock.reset();
    }
}
