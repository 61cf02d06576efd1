package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.campaign.assessment.SelfAssessmentIntegrationTests.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Explanation in the window: the unit contests a reviewed score with a text and a file, the Presidium member in charge
 * decides, the sheet becomes FINAL; sheets nobody contested become FINAL once the window has closed, once only.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExplanationIntegrationTests {
    static final int YEAR = 2044;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-EX"); }
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;
    @Autowired ExplanationWindow window;
    @Autowired TestClock clock;
    @Autowired DataSource dataSource;

    AssessmentFixture f;
    static long campaignId;
    static long tree;

    @BeforeEach
    void reviewedSheets() throws Exception {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (campaignId != 0) return;
        var clusterId = f.cluster(YEAR, "CUM-EX");
        tree = f.scoringSheet("EX", YEAR);
        campaignId = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaignId);
        for (var u : new String[] {"LHH-HNI", "LHH-HPG25"}) f.register(campaignId, clusterId, u, tree, "4");
        var values = Map.of("I.1", "4", "I.2", "1", "I.3", "20", "II.1", "5", "III", "0", "IV", "0");
        for (var u : new String[][] {{"LHH-HNI", "hanoi.demo"}, {"LHH-HPG25", "haiphong25.assess"}}) {
            long sheet = f.sheetOf(campaignId, u[0]);
            mvc.perform(as(u[1], multipart("/score-sheets/" + sheet + "/evidence").file(new MockMultipartFile("file", "qd.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).param("criterionId", String.valueOf(f.criterion(tree, "I.1")))));
            var submit = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", "submit");
            f.values(tree, values).forEach(submit::param);
            mvc.perform(as(u[1], submit)).andExpect(status().is3xxRedirection());
            var review = post("/score-sheets/" + sheet + "/review").param("version", String.valueOf(f.version(sheet))).param("action", "complete");
            f.values(tree, Map.of("I.1", "4", "I.2", "1", "I.3", "10", "II.1", "5", "III", "0", "IV", "0")).forEach(review::param);
            mvc.perform(as("cantho.demo", review)).andExpect(status().is3xxRedirection());
        }
    }

    @AfterEach
    void realTime() { clock.reset(); }

    @Test
    void aContestedScoreIsDecidedInTheWindowAndTheSheetBecomesFinal() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-HNI");
        assertThat(f.status(sheet)).isEqualTo("REVIEWED");
        long i3 = f.criterion(tree, "I.3");
        // before the window: refused
        clock.setInstant(Instant.parse(YEAR + "-12-05T03:00:00Z"));
        mvc.perform(as("hanoi.demo", multipart("/score-sheets/" + sheet + "/explanations").param("version", String.valueOf(f.version(sheet)))
                .param("criterionId", String.valueOf(i3)).param("text", "Đã tổ chức 5 hội thảo phản biện")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ngoài thời hạn giải trình")));
        assertThat(jdbc.queryForObject("select count(*) from explanation where score_sheet_id = ?", Integer.class, sheet)).isZero();
        clock.setInstant(Instant.parse(YEAR + "-12-15T03:00:00Z"));
        mvc.perform(as("hanoi.demo", multipart("/score-sheets/" + sheet + "/explanations").file(new MockMultipartFile("file", "bien-ban.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).param("version", String.valueOf(f.version(sheet)))
                .param("criterionId", String.valueOf(i3)).param("text", "Đã tổ chức 5 hội thảo phản biện, kèm biên bản")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("success"));
        assertThat(f.status(sheet)).isEqualTo("IN_EXPLANATION");
        long explanation = jdbc.queryForObject("select id from explanation where score_sheet_id = ?", Long.class, sheet);
        // the head may not decide; the unit itself neither
        mvc.perform(as("cantho.demo", post("/score-sheets/" + sheet + "/explanations/" + explanation).param("decision", "accept")
                .param("score", "18").param("note", "x").param("version", "0"))).andExpect(status().isForbidden());
        mvc.perform(as("hanoi.demo", post("/score-sheets/" + sheet + "/explanations/" + explanation).param("decision", "accept")
                .param("score", "18").param("note", "x").param("version", "0"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(as("phutrach.demo", get("/score-sheets/" + sheet))).andReturn().getResponse().getContentAsString())
                .contains("Đã tổ chức 5 hội thảo phản biện", "decide-form");
        mvc.perform(as("phutrach.demo", post("/score-sheets/" + sheet + "/explanations/" + explanation).param("decision", "accept")
                .param("score", "18").param("note", "Biên bản hợp lệ").param("version", "0"))).andExpect(flash().attributeExists("success"));
        assertThat(f.status(sheet)).isEqualTo("FINAL");
        assertThat(jdbc.queryForObject("select final_score from score_entry where score_sheet_id = ? and criterion_id = ?", String.class, sheet, i3))
                .isEqualTo("18.00");
        // 4 -> 20, pass 5, 18, II.1 best 10 = 53 capped at 50 in group I: 43 + 10
        assertThat(jdbc.queryForObject("select final_total from score_sheet where id = ?", String.class, sheet)).isEqualTo("53.00");
        var audit = SelfAssessmentIntegrationTests.lastAudit(jdbc, "SCORE_EXPLANATION_DECIDED", sheet);
        assertThat(String.valueOf(audit.get("old_value"))).contains("\"finalScore\":\"10.00\"");
        assertThat(String.valueOf(audit.get("new_value"))).contains("\"finalScore\":\"18\"", "Biên bản hợp lệ");
    }

    @Test
    void uncontestedSheetsBecomeFinalOnceAfterTheWindowEvenWhenClosedTwiceAtOnce() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-HPG25");
        clock.setInstant(Instant.parse(YEAR + "-12-15T03:00:00Z"));
        var campaign = campaigns.findById(campaignId).orElseThrow();
        // inside the window: not yet
        mvc.perform(as("vanphong.demo", post("/campaigns/" + campaignId + "/close-scores")))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("Chưa hết thời hạn giải trình")));
        clock.setInstant(Instant.parse(YEAR + "-12-21T03:00:00Z"));
        // the uncontested sheets: LHH-HPG25's, and LHH-HNI's too unless the contested-score test ran first
        var reviewed = jdbc.queryForList("select id from score_sheet where campaign_id = ? and status = 'REVIEWED' order by id", Long.class, campaignId);
        assertThat(reviewed).contains(sheet);
        var versions = reviewed.stream().collect(Collectors.toMap(id -> id, f::version));
        var done = closeTwiceAtOnce(campaign);
        // exactly once: one closing finalised every uncontested sheet, the other found none left; each sheet went
        // REVIEWED -> FINAL once (one version step) with one audit entry (closing publishes no event and sends no notice)
        assertThat(done).containsExactlyInAnyOrder(reviewed.size(), 0);
        for (var id : reviewed) {
            assertThat(f.status(id)).isEqualTo("FINAL");
            assertThat(f.version(id)).as("one state transition of sheet %d", id).isEqualTo(versions.get(id) + 1);
            assertThat(SelfAssessmentIntegrationTests.audits(jdbc, "SCORE_SHEET_FINALISED", id)).as("audit entries of sheet %d", id).isEqualTo(1);
        }
        // the next closing (the scheduled step the night after) has nothing left to do
        Integer again = tx.execute(s -> window.closeScores(campaign));
        assertThat(again).isZero();
        assertThat(SelfAssessmentIntegrationTests.audits(jdbc, "SCORE_SHEET_FINALISED", sheet)).isEqualTo(1);
        // the page says why
        assertThat(mvc.perform(as("haiphong25.assess", get("/score-sheets/" + sheet))).andReturn().getResponse().getContentAsString())
                .contains("Hết thời hạn giải trình");
    }

    /**
     * Closes the campaign's scores twice at once in the worst order, every time: both closings have read the sheets as
     * REVIEWED before either moves one. A third transaction holds the sheets' rows until both closings wait on them (as
     * two nodes on one database would), then lets go. Returns how many sheets each closing finalised. Both closings
     * have ended when this returns, also when it fails.
     */
    private List<Integer> closeTwiceAtOnce(Campaign campaign) throws Exception {
        var pool = Executors.newFixedThreadPool(2); // its own threads: the common pool may have only one on two cores
        var start = new CountDownLatch(1);
        var closings = new ArrayList<Future<Integer>>();
        try {
            try (var gate = dataSource.getConnection()) {
                gate.setAutoCommit(false);
                try {
                    try (var hold = gate.prepareStatement("select id from score_sheet where campaign_id = ? and status = 'REVIEWED' for update")) {
                        hold.setLong(1, campaign.getId());
                        hold.executeQuery().close();
                    }
                    for (int i = 0; i < 2; i++) {
                        closings.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            return tx.execute(s -> window.closeScores(campaign));
                        }));
                    }
                    start.countDown();
                    assertThat(closingsWaitingOnTheHeldSheets(2)).as("both closings have read the sheets and wait on them").isTrue();
                } finally {
                    start.countDown();
                    gate.rollback(); // lets both closings go, also when the wait above failed
                    gate.setAutoCommit(true);
                }
            }
            var done = new ArrayList<Integer>();
            for (var closing : closings) done.add(closing.get(30, TimeUnit.SECONDS));
            return done;
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) pool.shutdownNow();
        }
    }

    /** Whether {@code n} closings wait on a row lock in their conditional update within 10 s (PostgreSQL's view). */
    private boolean closingsWaitingOnTheHeldSheets(int n) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                    + " and wait_event_type = 'Lock' and query like 'update score_sheet set status = ''FINAL''%'", Integer.class);
            if (waiting != null && waiting >= n) return true;
            Thread.sleep(20);
        }
        return false;
    }
}
