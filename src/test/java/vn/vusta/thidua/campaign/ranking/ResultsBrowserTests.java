package vn.vusta.thidua.campaign.ranking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/** The office publishes a cluster's results; an anonymous visitor reads them and downloads the XLSX and the PDF. */
@IntegrationTest
class ResultsBrowserTests {
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;

    String base() { return "http://127.0.0.1:" + port; }

    @Test
    void theOfficePublishesAndTheAnonymousPublicReadsAndDownloads() throws Exception {
        var f = new ResultFixtures(jdbc, tx, sheets, campaigns, scoreSheets);
        long id = f.campaign(2024, "LHH-BNH", "GROUPS_IN_ORDER");
        long cluster = f.cluster("CUM-02", 2024);
        int i = 0;
        for (var unit : f.members(cluster)) f.sheet(id, cluster, unit, String.valueOf(50 - i++), "30", true);

        var office = browser.newPage();
        Browser.logIn(office, base(), "vanphong.demo", "demo-2026!");
        office.navigate(base() + "/campaigns/" + id + "/results?cluster=CUM-02");
        assertThat(office.locator("#provisional")).containsText("KẾT QUẢ TẠM THỜI");
        assertThat(office.locator("#league tbody tr")).hasCount(f.members(cluster).size());
        Browser.screenshot(office, "results-provisional");
        office.onDialog(d -> d.accept());
        office.locator("#publish").click();
        assertThat(office.locator(".alert-success")).containsText("Đã công bố kết quả");
        assertThat(office.locator("#provisional")).hasCount(0);
        Browser.screenshot(office, "results-published");

        var visitor = browser.newPage();
        visitor.navigate(base() + "/public/campaigns/" + id + "/results?cluster=CUM-02");
        assertThat(visitor.locator("h1")).containsText("kết quả chấm điểm thi đua năm 2024");
        assertThat(visitor.locator("#league tbody tr").first().locator("td.rank")).hasText("1");
        Browser.screenshot(visitor, "results-public");
        var xlsx = visitor.waitForDownload(() -> visitor.locator("#export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("ket-qua-cham-diem-2024-cum-02.xlsx");
        var pdf = visitor.waitForDownload(() -> visitor.locator("#export-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("ket-qua-cham-diem-2024-cum-02.pdf");
        var saved = Path.of("target", "screenshots", "results-public.pdf");
        pdf.saveAs(saved);
        assertThat(Files.readAllBytes(saved)).startsWith("%PDF".getBytes());
    }

    @Test
    void aVisitorFindsAClusterOnTheListOfTheCampaignsClustersByTypingWithoutDiacritics() {
        long demo = jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME);
        var visitor = browser.newPage();
        visitor.navigate(base() + "/public/campaigns/" + demo + "/results/clusters");
        var items = visitor.locator("#cluster-list [data-filter-item]");
        assertThat(items).hasCount(9);
        visitor.locator("#cluster-filter").fill("bac song hau");
        assertThat(visitor.locator("#cluster-list [data-filter-item]:visible")).hasCount(1);
        assertThat(visitor.locator("#cluster-none")).isHidden();
        Browser.screenshot(visitor, "result-clusters-filtered");
        visitor.locator("#cluster-filter").fill("khong co cum nay");
        assertThat(visitor.locator("#cluster-list [data-filter-item]:visible")).hasCount(0);
        assertThat(visitor.locator("#cluster-none")).isVisible();
        visitor.locator("#cluster-filter").fill("");
        assertThat(visitor.locator("#cluster-list [data-filter-item]:visible")).hasCount(9);
        visitor.locator("#cluster-filter").fill("Bắc Sông Hậu");
        visitor.locator("#cluster-list [data-filter-item]:visible a").click();
        assertThat(visitor.locator("#cluster-name")).containsText("Bắc Sông Hậu");
    }
}
