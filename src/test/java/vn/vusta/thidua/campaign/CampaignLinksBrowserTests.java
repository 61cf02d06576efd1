package vn.vusta.thidua.campaign;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.assessment.AssessmentFixture;
import vn.vusta.thidua.campaign.assessment.ScoreSheetCreation;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.Browser;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * The campaign page links each reader to its part of the cycle, and every link opens: the unit officer its own sheet,
 * registration and progress (the deputy also the review list); the head the review list and its cluster's table; the
 * Presidium member in charge the cluster's review list, table and the explanations waiting for it; the office every
 * part. A unit outside the cluster gets no sheet link. Test year 2048, removed afterwards.
 */
@IntegrationTest
class CampaignLinksBrowserTests {
    static final int YEAR = 2048;
    static final String CLUSTER = "CUM-LK";
    @RegisterExtension static Browser browser = new Browser();
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;
    AssessmentFixture f;
    long cluster;
    long campaign;
    long hanoiSheet;

    String base() { return "http://127.0.0.1:" + port; }

    @AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) {
        AssessmentFixture.removeYear(jdbc, YEAR, CLUSTER);
        jdbc.update("delete from scoring_sheet where code = 'LK' and valid_from = ?", java.time.LocalDate.of(YEAR, 1, 1));
    }

    @BeforeEach
    void aCampaignWhoseHanoiSheetWaitsForADecision() {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        cluster = f.cluster(YEAR, CLUSTER);
        long tree = f.scoringSheet("LK", YEAR);
        campaign = f.openCampaign(YEAR, tree, vn.vusta.thidua.campaign.ReviewMode.HEAD);
        creation.createMissing(campaign);
        hanoiSheet = f.sheetOf(campaign, "LHH-HNI");
        jdbc.update("update score_sheet set status = 'IN_EXPLANATION' where id = ?", hanoiSheet);
        jdbc.update("""
                insert into explanation (score_sheet_id, criterion_id, text, filed_by, filed_at, status)
                values (?, ?, 'Đã thành lập thêm một hội, có quyết định kèm theo', 'hanoi.demo', current_timestamp, 'PENDING')""",
                hanoiSheet, f.criterion(tree, "I.1"));
    }

    @Test
    void eachReaderFollowsItsLinks() {
        var hanoi = signedIn("hanoi.demo");
        overview(hanoi);
        assertThat(hanoi.locator("#link-own-sheet")).containsText("Đang giải trình");
        hanoi.locator("#link-own-sheet").click();
        assertThat(hanoi.locator("h1")).containsText("thành phố Hà Nội");
        overview(hanoi);
        hanoi.locator("#link-registration").click();
        assertThat(hanoi).hasURL(java.util.regex.Pattern.compile(".*/campaigns/" + campaign + "/registration$"));
        overview(hanoi);
        // Hà Nội is the deputy: in HEAD mode it reviews the head's sheet
        hanoi.locator("#link-my-review").click();
        assertThat(hanoi.locator("#review-table")).isVisible();
        overview(hanoi);
        hanoi.locator("#link-progress").click();
        assertThat(hanoi.locator("#progress-as-of")).isVisible();
        overview(hanoi);
        assertThat(hanoi.locator("#link-explanations")).hasCount(0);
        assertThat(hanoi.locator("#link-comparison")).hasCount(0);
        assertThat(hanoi.locator("#link-my-results")).hasCount(0);
        Browser.screenshot(hanoi, "campaign-links-unit");

        var head = signedIn("cantho.demo");
        overview(head);
        head.locator("#link-my-review").click();
        assertThat(head.locator("#review-table tr[data-unit='LHH-HNI']")).isVisible();
        overview(head);
        head.locator("#link-my-results").click();
        assertThat(head.locator("#provisional")).isVisible();

        var supervisor = signedIn("phutrach.demo");
        overview(supervisor);
        var card = supervisor.locator(".cluster-card[data-cluster='" + CLUSTER + "']");
        assertThat(card.locator(".pending-explanations")).hasText("1 giải trình chờ quyết định");
        assertThat(supervisor.locator("#pending-explanations-count")).hasText("1");
        Browser.screenshot(supervisor, "campaign-links-supervisor");
        card.locator(".review-link").click();
        assertThat(supervisor.locator("#review-table")).isVisible();
        overview(supervisor);
        supervisor.locator(".cluster-card[data-cluster='" + CLUSTER + "'] .results-link").click();
        assertThat(supervisor.locator("#league")).isVisible();
        overview(supervisor);
        supervisor.locator("#link-explanations").click();
        assertThat(supervisor.locator("#pending-explanations .explanation-row")).hasCount(1);
        Browser.screenshot(supervisor, "campaign-explanations");
        supervisor.locator("#pending-explanations .decide-link").click();
        assertThat(supervisor.locator(".decide-form")).hasCount(1);

        var office = signedIn("vanphong.demo");
        overview(office);
        for (var id : new String[] {"#link-sheet", "#link-results", "#link-comparison", "#link-progress", "#link-explanations"}) {
            overview(office);
            var href = office.locator(id).getAttribute("href");
            var response = office.waitForResponse(r -> r.request().isNavigationRequest() && r.url().endsWith(href), () -> office.locator(id).click());
            org.assertj.core.api.Assertions.assertThat(response.status()).as(href).isEqualTo(200);
        }
        overview(office);
        Browser.screenshot(office, "campaign-links-office");

        var outsider = signedIn("haiduong.demo");
        overview(outsider);
        assertThat(outsider.locator("#link-own-sheet")).hasCount(0);
        assertThat(outsider.locator(".review-link")).hasCount(0);
        assertThat(outsider.locator("#link-explanations")).hasCount(0);
    }

    private Page signedIn(String username) {
        var page = browser.newPage();
        Browser.logIn(page, base(), username, AssessmentFixture.PASSWORD);
        return page;
    }

    private void overview(Page page) {
        page.navigate(base() + "/campaigns/" + campaign);
        assertThat(page.locator("#campaign-status")).isVisible();
    }
}
