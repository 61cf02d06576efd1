package vn.vusta.thidua.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
 * A 9-month briefing of a 7-unit cluster (test year 2057) in the browser: the head sets it up from the cluster's page,
 * records attendance (quorum), a member sends its report, the minutes are generated, edited, regenerated only after
 * the page asked (the edited text kept as the previous version), finalised and the PDF is rendered to PNG.
 */
@IntegrationTest
class MeetingPagesBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    MeetingBrowserFixture m;
    MeetingFixture f;

    @BeforeEach
    void cluster() {
        m = MeetingBrowserFixture.start(browser, port, jdbc, clock, 2057, "CUM-KT-2057", Instant.parse("2057-10-09T01:00:00Z"));   // 08:00 in Vietnam
        f = m.data;
    }

    @AfterEach
    void clean() { m.stop(); }

    String base() { return m.base(); }

    Page officer(String unitCode) { return m.officer(unitCode); }

    @Test
    void theHeadSetsUpABriefingRecordsAttendanceAndFinalisesTheMinutes() throws Exception {
        var head = officer("LHH-HNI");
        head.navigate(base() + "/clusters/" + f.cluster());
        assertThat(head.locator("#cluster-meetings #no-meetings")).isVisible();
        head.locator("#new-meeting").click();
        head.locator("#type").selectOption("NINE_MONTH_BRIEFING");
        head.getByLabel("Tên hội nghị").fill("Hội nghị giao ban 9 tháng năm 2057");
        head.getByLabel("Địa điểm").fill("Hội trường Cục Thống kê, Hà Nội");
        head.getByLabel("Chủ trì").fill("Nguyễn Văn Chủ");
        head.getByLabel("Thư ký").fill("Trần Thị Thư");
        head.locator("#create-meeting").click();
        assertThat(head.locator(".alert-success")).hasText("Đã lập hội nghị.");
        assertThat(head.locator("#quorum")).hasText("0/7 đơn vị thành viên có mặt: chưa đủ điều kiện biểu quyết.");
        for (var code : List.of("LHH-HNI", "LHH-LSN", "LHH-HPG25", "LHH-BNH25")) {
            long unit = f.unit(code);
            head.locator("#present-" + unit).check();
            head.locator("[name='name-" + unit + "']").fill("Đại biểu " + code.substring(4));
        }
        head.locator("#save-attendance").click();
        assertThat(head.locator("#quorum")).hasText("4/7 đơn vị thành viên có mặt: hội nghị đủ điều kiện biểu quyết.");
        head.locator(".agenda-item").first().locator("details:not(.report-upload) summary").click();
        head.locator(".agenda-item").first().locator("textarea[name=conclusion]").fill("Các đơn vị hoàn thành tốt nhiệm vụ 9 tháng.");
        head.locator(".agenda-item").first().locator("form.agenda-edit button").click();
        assertThat(head.locator(".agenda-item").first().locator(".conclusion")).containsText("hoàn thành tốt nhiệm vụ 9 tháng");
        assertThat(head.locator("main").textContent()).doesNotContain("??");
        Browser.screenshot(head, "meeting-briefing");

        var member = officer("LHH-LSN");
        member.navigate(head.url().replaceAll("#.*", ""));
        member.locator(".agenda-item").first().locator("details.report-upload summary").click();
        member.locator(".agenda-item").first().getByLabel("Hoặc viết nội dung báo cáo").fill("Lạng Sơn: 9 tháng, 12 hội thảo, 3 đề tài.");
        member.locator(".agenda-item").first().locator("details.report-upload button").click();
        assertThat(member.locator(".alert-success")).hasText("Đã gửi báo cáo.");
        assertThat(member.locator("#save-attendance")).hasCount(0);
        Browser.screenshot(member, "meeting-member-view");

        head.reload();
        head.locator("#generate-minutes").click();
        assertThat(head.locator("#minutes-body")).containsText("4/7 đơn vị có mặt");
        head.locator("#minutes-body").fill(head.locator("#minutes-body").inputValue().replace("lập thành … bản", "lập thành 08 bản"));
        head.locator("#save-minutes").click();
        assertThat(head.locator(".alert-success")).hasText("Đã lưu biên bản.");
        // regenerating over the edit asks first; the edited text stays as the previous version to copy from
        // (app.js asks with the form's data-confirm; the officer's page accepts dialogs)
        assertThat(head.locator("form:has(#generate-minutes)")).hasAttribute("data-confirm",
                java.util.regex.Pattern.compile("Biên bản đã được sửa\\. Lập lại từ dữ liệu sẽ thay các chỗ đã sửa.*"));
        head.locator("#generate-minutes").click();
        assertThat(head.locator(".alert-success")).hasText("Đã lập biên bản từ dữ liệu hội nghị.");
        assertThat(head.locator("#minutes-body")).not().hasValue(java.util.regex.Pattern.compile(".*08 bản.*", java.util.regex.Pattern.DOTALL));
        head.locator("#minutes-previous summary").click();
        assertThat(head.locator("#minutes-previous-body")).hasValue(java.util.regex.Pattern.compile(".*lập thành 08 bản.*", java.util.regex.Pattern.DOTALL));
        Browser.screenshot(head, "meeting-minutes-previous");
        // the edited text comes back in one step (asked first); the regenerated text becomes the previous one, to undo
        assertThat(head.locator("#restore-form")).hasAttribute("data-confirm",
                java.util.regex.Pattern.compile("Thay nội dung biên bản hiện tại bằng bản trước\\?.*"));
        head.locator("#restore-minutes").click();
        assertThat(head.locator(".alert-success")).hasText("Đã khôi phục bản trước. Nội dung vừa bị thay được giữ lại ở mục bản trước, có thể khôi phục lại.");
        assertThat(head.locator("#minutes-body")).hasValue(java.util.regex.Pattern.compile(".*lập thành 08 bản.*", java.util.regex.Pattern.DOTALL));
        head.locator("#minutes-previous summary").click();
        assertThat(head.locator("#minutes-previous-body")).hasValue(java.util.regex.Pattern.compile(".*lập thành … bản.*", java.util.regex.Pattern.DOTALL));
        Browser.screenshot(head, "meeting-minutes-restored");
        head.locator("#finalise-minutes").click();
        assertThat(head.locator("#minutes-status")).hasText("Đã chốt");
        assertThat(head.locator("#minutes-text")).containsText("lập thành 08 bản");
        Browser.screenshot(head, "meeting-minutes-final");
        var download = head.waitForDownload(() -> head.locator("#minutes-pdf").click());
        var pdf = Path.of("target", "screenshots", "briefing-minutes.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        var render = new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.toString(), pdf.toString().replace(".pdf", "")).inheritIO().start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isZero();

        var visitor = browser.newPage();
        visitor.navigate(base() + "/clusters/" + f.cluster());
        assertThat(visitor.locator("#cluster-meetings .meeting-row")).hasCount(1);
        assertThat(visitor.locator("#cluster-meetings .meeting-row")).containsText("4/7");
        assertThat(visitor.locator("main").textContent()).doesNotContain("??");
        Browser.screenshot(visitor, "cluster-meetings-section");
        visitor.context().close();
    }
}
