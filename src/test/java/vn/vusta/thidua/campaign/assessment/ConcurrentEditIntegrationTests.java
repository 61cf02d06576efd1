package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.campaign.assessment.SelfAssessmentIntegrationTests.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;

/** Two people editing one sheet: the second gets a clear message, the first's work stands, the second's is not lost. */
@IntegrationTest
class ConcurrentEditIntegrationTests {
    static final int YEAR = 2043;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-CE"); }
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;
    @Autowired SelfAssessment self;

    AssessmentFixture f;
    static long campaignId;
    static long tree;

    @BeforeEach
    void campaign() {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (campaignId != 0) return;
        f.cluster(YEAR, "CUM-CE");
        tree = f.scoringSheet("CE", YEAR);
        campaignId = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaignId);
    }

    @Test
    void twoSessionsOnTheSameVersionTheSecondIsToldAndKeepsWhatItTyped() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-HNI");
        long version = f.version(sheet);
        var i3 = "value_" + f.criterion(tree, "I.3");
        mvc.perform(as("hanoi.demo", post("/score-sheets/" + sheet).param("version", String.valueOf(version)).param("action", "save")
                .param(i3, "18"))).andExpect(status().is3xxRedirection());
        var second = mvc.perform(as("hanoi.demo", post("/score-sheets/" + sheet).param("version", String.valueOf(version))
                .param("action", "save").param(i3, "25"))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("vừa được người khác thay đổi", "value=\"25\"");
        assertThat(jdbc.queryForObject("select self_value from score_entry where score_sheet_id = ? and criterion_id = ?", BigDecimal.class,
                sheet, f.criterion(tree, "I.3"))).isEqualByComparingTo("18");
    }

    @Test
    void twoRealConcurrentTransactionsNeverOverwriteEachOtherSilently() throws Exception {
        long sheet = f.sheetOf(campaignId, "LHH-CTO25");
        long version = f.version(sheet);
        long i3 = f.criterion(tree, "I.3");
        long i2 = f.criterion(tree, "I.2");
        var bothRead = new CountDownLatch(2);
        List<String> outcomes;
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> edit(sheet, version, new EntryInput(i3, new BigDecimal("12"), "bản A"), bothRead));
            var second = pool.submit(() -> edit(sheet, version, new EntryInput(i2, BigDecimal.ONE, "bản B"), bothRead));
            outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        assertThat(f.version(sheet)).isGreaterThan(version);
        // exactly one of the two edits is stored, whole
        int stored = jdbc.queryForObject("select count(*) from score_entry where score_sheet_id = ? and self_value is not null", Integer.class, sheet);
        assertThat(stored).isEqualTo(1);
    }

    /** One unit officer's save in its own transaction, held open until the other one has read the sheet too. */
    private String edit(long sheet, long version, EntryInput input, CountDownLatch bothRead) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cantho.demo", null,
                List.of(new SimpleGrantedAuthority("ROLE_UNIT_OFFICER"))));
        try {
            tx.executeWithoutResult(s -> {
                self.save(sheet, version, List.of(input));
                bothRead.countDown();
                try {
                    bothRead.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return "saved";
        } catch (ObjectOptimisticLockingFailureException e) {
            return "conflict";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
