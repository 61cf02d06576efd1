package vn.vusta.thidua.campaign.sheet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/** The office builds a small sheet in the editor, downloads it as Excel and imports it again, in Debian's Chromium. */
@IntegrationTest
class SheetBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    String base() { return "http://127.0.0.1:" + port; }

    /** Saves the editor and waits for the page it leads to (the sheet, at the saved row), so the next click is on that page. */
    void save(Page page) {
        page.locator("#save-criterion").click();
        page.waitForURL(url -> url.contains("#c-"));
    }

    /** Follows a row's link (add an item, edit) and waits until its editor is on the page. */
    void openEditor(Page page, String label, String parameter) {
        page.getByLabel(label).click();
        page.waitForURL(url -> url.contains(parameter));
    }

    void addCriterion(Page page, String code, String name, String type, String max) {
        page.locator("#f-code").fill(code);
        page.locator("#f-name").fill(name);
        page.locator("#f-type").selectOption(type);
        page.locator("#f-max").fill(max);
    }

    @Test
    void theOfficeBuildsASheetExportsItAndImportsItAgain() throws Exception {
        var page = browser.newPage();
        Browser.logIn(page, base(), "vanphong.demo", "demo-2026!");
        page.navigate(base() + "/admin/sheets");
        page.locator("#new-code").fill("BD-TRINH-SOAN");
        page.locator("#new-name").fill("Bảng điểm thi đua khối các hội ngành toàn quốc");
        page.locator("#create-sheet").click();
        assertThat(page.locator("#criterion-form")).isVisible();

        addCriterion(page, "I", "Công tác tổ chức, xây dựng hội", "GROUP", "100");
        save(page);
        openEditor(page, "Thêm mục con vào I", "add=");
        addCriterion(page, "I.1", "Phát triển hội viên", "QUANTITATIVE", "60");
        page.locator("#f-formula").selectOption("PROPORTIONAL");
        page.locator("#f-unit").fill("hội viên");
        page.locator("#f-evidence").check();
        page.locator("#f-guidance").fill("So với chỉ tiêu đã đăng ký; kèm danh sách hội viên mới.");
        save(page);
        openEditor(page, "Thêm mục con vào I", "add=");
        addCriterion(page, "I.2", "Báo cáo tổng kết đúng hạn", "PASS_FAIL", "30");
        save(page);
        page.locator("#add-top").click();
        page.waitForURL(url -> url.contains("top=true"));
        addCriterion(page, "II", "Điểm thưởng", "GROUP", "10");
        save(page);
        openEditor(page, "Thêm mục con vào II", "add=");
        addCriterion(page, "II.1", "Được tặng Bằng khen", "BONUS", "10");
        page.locator("#f-per").fill("2,5");
        save(page);

        assertThat(page.locator("#criteria tbody tr")).hasCount(5);
        assertThat(page.locator("#max-total")).hasText("100");
        assertThat(page.locator("#bonus-cap")).hasText("+10");
        assertThat(page.locator("#criteria")).containsText("Các mục con cộng lại chỉ được 90 điểm, chưa đủ 100 điểm của nhóm.");
        openEditor(page, "Sửa tiêu chí I.2", "edit=");
        Browser.screenshot(page, "sheet-editor");
        page.locator("#f-max").fill("40");
        save(page);
        assertThat(page.locator("#criteria")).not().containsText("chưa đủ");

        var download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        Path file = Path.of("target", "screenshots", "bang-diem-trinh-soan.xlsx");
        Files.createDirectories(file.getParent());
        download.saveAs(file);
        assertThat(download.suggestedFilename()).isEqualTo("bang-diem-BD-TRINH-SOAN-v1.xlsx");

        page.navigate(base() + "/admin/sheets/import");
        page.locator("#file").setInputFiles(file);
        page.locator("#import-submit").click();
        assertThat(page.locator(".alert-success")).containsText("Đã nhập bảng điểm BD-TRINH-SOAN, phiên bản 2, với 5 mục");
        assertThat(page.locator("#criteria")).containsText("So với chỉ tiêu đã đăng ký; kèm danh sách hội viên mới.");
        assertThat(page.locator("#criteria")).containsText("2,5 điểm mỗi lần");
        Browser.screenshot(page, "sheet-imported");
        assertThat(jdbc.queryForObject("select count(*) from scoring_sheet where code = 'BD-TRINH-SOAN'", Long.class)).isEqualTo(2);
    }
}
