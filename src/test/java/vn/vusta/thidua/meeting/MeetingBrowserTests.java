package vn.vusta.thidua.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The year-end summary of a 7-unit cluster (test year 2053), each officer in their own browser: the head sets up the
 * meeting from the cluster's page, 6 units attend (quorum reached), the 6 delegates vote from their own accounts on the
 * acclaim ballot (a 3–3 tie), a re-vote acclaims the leading unit, next year's head is elected and shows on the
 * cluster's 2054 page, the minutes are generated, finalised and rendered to PNG, and one voter verifies their receipt.
 */
@IntegrationTest
class MeetingBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    MeetingBrowserFixture m;
    MeetingFixture f;

    @BeforeEach
    void cluster() {
        m = MeetingBrowserFixture.start(browser, port, jdbc, clock, 2053, "CUM-KT-2053", Instant.parse("2053-12-05T01:00:00Z"));   // 08:00 in Vietnam
        f = m.data;
    }

    @AfterEach
    void clean() { m.stop(); }

    String base() { return m.base(); }

    Page officer(String unitCode) { return m.officer(unitCode); }

    /** Each delegate votes for the unit named, from their own account; returns the trackers of their receipts. */
    Map<String, String> vote(long ballot, Map<String, String> choices) {
        var trackers = new HashMap<String, String>();
        choices.forEach((voter, label) -> {
            var page = officer(voter);
            page.navigate(base() + "/ballots/" + ballot + "/vote");
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
            page.locator("#cast").click();
            assertThat(page.locator("#tracker")).isVisible();
            trackers.put(voter, page.locator("#tracker").textContent().strip());
        });
        return trackers;
    }

    long newestBallot(String purpose) {
        return jdbc.queryForObject("select max(id) from ballot where meeting_id = (select id from meeting where meeting_year = 2053) and purpose = ?",
                Long.class, purpose);
    }

    void openBallot(Page head, long ballot) {
        head.navigate(base() + "/ballots/" + ballot);
        head.locator("#open-ballot").click();
        assertThat(head.locator("#close-ballot")).isVisible();
    }

    void closeBallot(Page head, long ballot) {
        head.navigate(base() + "/ballots/" + ballot);
        assertThat(head.locator("#voted-count")).containsText("6");
        head.locator("#close-ballot").click();
        assertThat(head.locator("#outcome")).isVisible();
    }

    @Test
    void aClusterHoldsItsYearEndSummaryAcclaimsItsLeaderElectsNextYearsHeadAndFinalisesTheMinutes() throws Exception {
        var head = officer("LHH-HNI");
        head.navigate(base() + "/clusters/" + f.cluster());
        head.locator("#new-meeting").click();
        assertThat(head.locator("#type")).hasValue("YEAR_END_SUMMARY");
        head.getByLabel("Địa điểm").fill("Hội trường Liên hiệp Hội, Hà Nội");
        head.getByLabel("Chủ trì").fill("Nguyễn Văn Chủ");
        head.getByLabel("Thư ký").fill("Trần Thị Thư");
        Browser.screenshot(head, "meeting-new");
        head.locator("#create-meeting").click();
        assertThat(head.locator(".alert-success")).hasText("Đã lập hội nghị.");

        for (var code : MeetingFixture.MEMBERS) {
            if (code.equals("LHH-QNH")) continue;           // Quảng Ninh does not come
            long unit = f.unit(code);
            head.locator("#present-" + unit).check();
            head.locator("[name='name-" + unit + "']").fill("Đại biểu " + code.substring(4));
            head.locator("[name='position-" + unit + "']").fill("Phó Chủ tịch");
        }
        head.locator("#save-attendance").click();
        assertThat(head.locator("#quorum")).hasText("6/7 đơn vị thành viên có mặt: hội nghị đủ điều kiện biểu quyết.");
        Browser.screenshot(head, "meeting-attendance");

        // acclaim the leading unit: a 3–3 tie, then a re-vote among the tied
        head.locator("#preset-purpose").selectOption("ACCLAIM_LEADER");
        head.locator("#preset-rule").selectOption("MAJORITY_OF_VOTES_CAST");
        head.locator("#create-preset").click();
        long acclaim = newestBallot("ACCLAIM_LEADER");
        openBallot(head, acclaim);
        var trackers = vote(acclaim, Map.of("LHH-HNI", "TP Hải Phòng", "LHH-LSN", "TP Hải Phòng", "LHH-NBH25", "TP Hải Phòng",
                "LHH-BNH25", "Hà Nội", "LHH-HPG25", "Hà Nội", "LHH-HYN25", "Hà Nội"));
        closeBallot(head, acclaim);
        assertThat(head.locator("#outcome")).containsText("Các ứng viên dẫn đầu bằng phiếu nhau: Hà Nội, TP Hải Phòng (mỗi ứng viên 3 phiếu)");
        Browser.screenshot(head, "ballot-tie");
        head.locator("#revote").click();
        assertThat(head.locator("#close-ballot")).isVisible();          // the re-vote is open at once
        long revote = newestBallot("ACCLAIM_LEADER");
        assertThat(revote).isNotEqualTo(acclaim);
        vote(revote, Map.of("LHH-HNI", "TP Hải Phòng", "LHH-NBH25", "TP Hải Phòng",
                "LHH-BNH25", "Hà Nội", "LHH-HPG25", "Hà Nội", "LHH-HYN25", "Hà Nội", "LHH-LSN", "Hà Nội"));
        closeBallot(head, revote);
        assertThat(head.locator("#outcome")).containsText("Hà Nội");

        // next year's head: the rotation proposal (last year's deputy, Lạng Sơn) comes first
        head.navigate(base() + "/meetings/" + jdbc.queryForObject("select id from meeting where meeting_year = 2053", Long.class));
        head.locator("#preset-purpose").selectOption("NEXT_HEAD");
        head.locator("#preset-rule").selectOption("MAJORITY_OF_VOTES_CAST");
        head.locator("#create-preset").click();
        long nextHead = newestBallot("NEXT_HEAD");
        openBallot(head, nextHead);
        vote(nextHead, Map.of("LHH-HNI", "Lạng Sơn (đề xuất luân phiên)", "LHH-NBH25", "Lạng Sơn (đề xuất luân phiên)",
                "LHH-BNH25", "Lạng Sơn (đề xuất luân phiên)", "LHH-HPG25", "Lạng Sơn (đề xuất luân phiên)",
                "LHH-HYN25", "Lạng Sơn (đề xuất luân phiên)", "LHH-LSN", "Hà Nội"));
        closeBallot(head, nextHead);
        long next = f.cluster(2054);
        org.awaitility.Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() ->
                f.unit("LHH-LSN") == jdbc.queryForObject("select coalesce(head_unit_id, 0) from cluster where id = ?", Long.class, next));
        var visitor = browser.newPage();
        visitor.navigate(base() + "/clusters/" + next);
        assertThat(visitor.locator("#head")).containsText("Lạng Sơn");
        Browser.screenshot(visitor, "cluster-2054-elected-head");

        // the minutes: generated from the data, finalised, the PDF rendered and looked at
        head.navigate(base() + "/meetings/" + jdbc.queryForObject("select id from meeting where meeting_year = 2053", Long.class));
        assertThat(head.locator("#ballots .ballot-row")).hasCount(3);
        head.locator("#generate-minutes").click();
        assertThat(head.locator("#minutes-body")).containsText("IV. KẾT QUẢ BỎ PHIẾU");
        assertThat(head.locator("#minutes-body")).containsText("Trúng: Hà Nội");
        // both rounds of the acclaim: the tie, then the re-vote among the tied
        assertThat(head.locator("#minutes-body")).containsText("Bằng phiếu nhau: Hà Nội, TP Hải Phòng; bỏ phiếu lại giữa các ứng viên này.");
        assertThat(head.locator("#minutes-body")).containsText("(bỏ phiếu lại giữa các ứng viên bằng phiếu) (bỏ phiếu kín trên hệ thống).");
        Browser.screenshot(head, "meeting-minutes-draft");
        head.locator("#finalise-minutes").click();
        assertThat(head.locator("#minutes-status")).hasText("Đã chốt");
        var download = head.waitForDownload(() -> head.locator("#minutes-pdf").click());
        var pdf = Path.of("target", "screenshots", "journey-minutes.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        var png = Path.of("target", "screenshots", "journey-minutes");
        var render = new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.toString(), png.toString()).inheritIO().start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();
        assertThat(Files.list(pdf.getParent()).filter(p -> p.getFileName().toString().startsWith("journey-minutes") && p.toString().endsWith(".png")))
                .isNotEmpty();
        Browser.screenshot(head, "meeting-finalised");

        // one voter checks that their ballot of the first round is in the sealed box
        var voter = officer("LHH-BNH25");
        voter.navigate(base() + "/ballots/" + acclaim + "/result");
        voter.locator("input#tracker").fill(trackers.get("LHH-BNH25"));
        voter.locator("#verify-submit").click();
        assertThat(voter.locator("#verify-result")).hasClass(java.util.regex.Pattern.compile(".*alert-success.*"));
        Browser.screenshot(voter, "ballot-receipt-verified");
        visitor.context().close();
    }

}
