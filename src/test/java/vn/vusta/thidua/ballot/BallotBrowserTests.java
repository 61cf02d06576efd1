package vn.vusta.thidua.ballot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.thidua.ballot.BallotFixture.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.Axe;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * A year-end acclaim of a seven-unit cluster where six attend: each delegate votes on a phone in their own browser,
 * the manager (the head unit's officer) watches the count and closes; a 3–3 tie (no majority, the leaders tied) goes
 * to a re-vote among the two, opened in one step, which decides; one delegate checks their receipt in the sealed box.
 */
@IntegrationTest
class BallotBrowserTests {
    static final int YEAR = 2076;
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Ballots ballots;

    @AfterAll
    static void remove(@Autowired JdbcTemplate jdbc) { BallotFixture.removeBallots(jdbc, YEAR); }

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void sixDelegatesVoteOnTheirPhonesATieIsReVotedAndAVoterChecksTheirReceipt() {
        var f = new BallotFixture(jdbc, tx);
        f.cluster(YEAR);
        BallotFixture.signIn(account("THA"));
        long id = ballots.create(f.acclaim(YEAR, DecisionRule.majorityOfVotesCast(), null));   // the presets' rule
        BallotFixture.signOut();

        var manager = browser.newPage();
        Browser.logIn(manager, base(), account("THA"), BallotFixture.PASSWORD);
        manager.navigate(base() + "/ballots/" + id);
        assertThat(manager.locator("#ballot-rule")).containsText("Đơn vị không được bỏ phiếu cho chính mình.");
        manager.locator("#open-ballot").click();
        assertThat(manager.locator("#voted-count")).hasText("Đã bỏ phiếu: 0/6 đơn vị");
        Browser.screenshot(manager, "ballot-manage-open");

        var phones = new HashMap<String, Page>();
        for (var code : List.of("HTH", "NAN", "QNH", "LSN", "SLA", "THA")) {
            var phone = browser.newPage(390, 844, true);
            Browser.logIn(phone, base(), account(code), BallotFixture.PASSWORD);
            phones.put(code, phone);
        }
        // Lạng Sơn's ballot paper: its own unit cannot be chosen.
        var lsn = phones.get("LSN");
        assertThat(Axe.seriousViolations(lsn, base() + "/ballots/" + id + "/vote")).isEmpty();
        assertThat(lsn.getByLabel("LHH Lạng Sơn")).isDisabled();
        Browser.screenshot(lsn, "ballot-vote-phone");

        // 3–3: Lạng Sơn from Hà Tĩnh, Nghệ An, Quảng Ninh; Quảng Ninh from Lạng Sơn, Sơn La, Thanh Hóa.
        var trackers = new HashMap<String, String>();
        Map<String, String> first = Map.of("HTH", "LHH Lạng Sơn", "NAN", "LHH Lạng Sơn", "QNH", "LHH Lạng Sơn",
                "LSN", "LHH Quảng Ninh", "SLA", "LHH Quảng Ninh", "THA", "LHH Quảng Ninh");
        for (var e : first.entrySet()) trackers.put(e.getKey(), vote(phones.get(e.getKey()), id, e.getValue()));
        Browser.screenshot(phones.get("HTH"), "ballot-receipt-phone");
        manager.locator("#refresh").click();
        assertThat(manager.locator("#voted-count")).hasText("Đã bỏ phiếu: 6/6 đơn vị");
        // Voting twice is not offered.
        phones.get("HTH").navigate(base() + "/ballots/" + id + "/vote");
        assertThat(phones.get("HTH").locator("#already-voted")).isVisible();

        manager.locator("#close-ballot").click();
        // 3 of 6 is no majority, but the leaders are tied: the page says so and re-votes among them in one step.
        assertThat(manager.locator("#outcome")).hasText("Các ứng viên dẫn đầu bằng phiếu nhau: LHH Lạng Sơn, LHH Quảng Ninh (mỗi ứng viên 3 phiếu),"
                + " chưa ứng viên nào được chọn. Cần bỏ phiếu lại giữa các ứng viên này.");
        assertThat(manager.locator("#revote-hint")).containsText("chỉ gồm LHH Lạng Sơn, LHH Quảng Ninh");
        Browser.screenshot(manager, "ballot-manage-tie");
        manager.locator("#revote").click();
        assertThat(manager.locator(".alert-success")).hasText("Đã mở bỏ phiếu lại giữa các ứng viên bằng phiếu: các đại biểu bỏ phiếu ngay.");
        assertThat(manager.locator("#ballot-header")).containsText("Bỏ phiếu lại của cuộc bỏ phiếu #" + id);
        assertThat(manager.locator("#ballot-status")).hasText("Đang bỏ phiếu");
        assertThat(manager.locator("#candidates li")).hasText(new String[] {"LHH Lạng Sơn", "LHH Quảng Ninh"});
        Browser.screenshot(manager, "ballot-revote-open");
        long again = Long.parseLong(manager.url().replaceAll(".*/ballots/(\\d+).*", "$1"));

        Map<String, String> second = Map.of("HTH", "LHH Lạng Sơn", "NAN", "LHH Lạng Sơn", "QNH", "LHH Lạng Sơn",
                "SLA", "LHH Lạng Sơn", "LSN", "LHH Quảng Ninh", "THA", "LHH Quảng Ninh");
        var receipts = new HashMap<String, String>();
        for (var e : second.entrySet()) receipts.put(e.getKey(), vote(phones.get(e.getKey()), again, e.getValue()));
        manager.locator("#refresh").click();
        manager.locator("#close-ballot").click();
        assertThat(manager.locator("#outcome")).hasText("Kết quả: LHH Lạng Sơn");
        Browser.screenshot(manager, "ballot-manage-decided");
        manager.navigate(base() + "/ballots/" + id + "/result");
        assertThat(manager.locator("#revote-link")).hasText("Đến cuộc bỏ phiếu lại #" + again);
        assertThat(manager.locator("#revote")).hasCount(0);
        Browser.screenshot(manager, "ballot-result-tie-linked");

        // Nghệ An's delegate checks the receipt on the result page.
        var nan = phones.get("NAN");
        assertThat(Axe.seriousViolations(nan, base() + "/ballots/" + again + "/result")).isEmpty();
        assertThat(nan.locator("#tally")).containsText("LHH Lạng Sơn");
        nan.getByLabel("Nhập mã phiếu bạn nhận khi bỏ phiếu.").fill(receipts.get("NAN"));
        nan.locator("#verify-submit").click();
        assertThat(nan.locator("#verify-result")).containsText("Có: phiếu mang mã này nằm trong hòm phiếu đã niêm phong, với lựa chọn: LHH Lạng Sơn");
        Browser.screenshot(nan, "ballot-result-verified-phone");
        assertThat(overflowing(nan)).as("nothing wider than the phone's 390 px").isEmpty();
        // The tally stacks on the phone: each candidate a small card, no sideways scrolling inside the table either.
        assertThat(((Number) nan.locator("#tally").evaluate("t => Math.max(t.scrollWidth - t.clientWidth, t.parentElement.scrollWidth - t.parentElement.clientWidth)"))
                .intValue()).as("sideways scroll of the tally at 390 px").isZero();
        assertThat(nan.locator("#tally tbody td").first()).hasAttribute("data-label", "Số phiếu");
        nan.locator("#tally").scrollIntoViewIfNeeded();
        Browser.screenshotViewport(nan, "ballot-result-phone-390");
        // A receipt of the first ballot is not in the re-vote's box.
        nan.getByLabel("Nhập mã phiếu bạn nhận khi bỏ phiếu.").fill(trackers.get("NAN"));
        nan.locator("#verify-submit").click();
        assertThat(nan.locator("#verify-result")).hasText("Không có phiếu nào mang mã này trong hòm phiếu.");
        assertThat(ballots.result(again).winnerUnitIds()).containsExactly(f.unit("LSN"));
    }

    /**
     * The manager keys in the paper count of a yes/no/abstain ballot on a phone (390 px): the count table stacks, one
     * card per candidate with its three numbers under their column's name, and the page does not scroll sideways.
     */
    @Test
    void thePaperCountOfAYesNoBallotStacksOnAPhone() {
        var f = new BallotFixture(jdbc, tx);
        f.cluster(YEAR);
        BallotFixture.signIn(account("THA"));
        var acclaim = f.acclaim(YEAR, DecisionRule.majorityOfVotesCast(), null);
        long id = ballots.create(new BallotSpec(null, acclaim.clusterId(), YEAR, acclaim.managerUnitId(), BallotPurpose.CERTIFICATE_PROPOSAL,
                "Đề nghị tặng Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm " + YEAR, BallotKind.YES_NO_ABSTAIN, 3,
                acclaim.candidates(), acclaim.electorateUnitIds(), 7, 6, DecisionRule.majorityOfVotesCast(), null));
        BallotFixture.signOut();

        var phone = browser.newPage(390, 844, true);
        Browser.logIn(phone, base(), account("THA"), BallotFixture.PASSWORD);
        phone.navigate(base() + "/ballots/" + id);
        var table = phone.locator("#paper-count");
        assertThat(table).isVisible();
        assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("sideways scroll of the manage page at 390 px").isLessThanOrEqualTo(0);
        assertThat(((Number) table.evaluate("t => Math.max(t.scrollWidth - t.clientWidth, t.parentElement.scrollWidth - t.parentElement.clientWidth)"))
                .intValue()).as("sideways scroll of the paper count at 390 px").isZero();
        assertThat(overflowing(phone)).as("nothing wider than the phone's 390 px").isEmpty();
        assertThat(table.locator("tbody tr").first().locator("td").nth(1)).hasAttribute("data-label", "Không tán thành");
        // the numbers are still typed in and sent as before
        phone.getByLabel("LHH Lạng Sơn", new Page.GetByLabelOptions().setExact(true)).fill("4");
        table.scrollIntoViewIfNeeded();
        Browser.screenshotViewport(phone, "ballot-paper-count-phone-390");
    }

    /** Elements reaching past the viewport's right edge (a phone page must not scroll sideways). */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                        && !e.closest('table'))
                  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right))""");
    }

    /** Opens the ballot paper, chooses {@code label}, casts; returns the tracker shown on the receipt. */
    String vote(Page phone, long id, String label) {
        phone.navigate(base() + "/ballots/" + id + "/vote");
        phone.getByLabel(label).check();
        phone.locator("#cast").click();
        assertThat(phone.locator("#receipt-choices")).hasText(label);
        String tracker = phone.locator("#tracker").textContent().strip();
        assertThat(tracker).matches("[0-9a-f]{32}");
        return tracker;
    }
}
