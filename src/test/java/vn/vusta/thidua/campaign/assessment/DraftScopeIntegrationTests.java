package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * A unit's draft and its evidence are the unit's own until it submits: the Presidium member in charge of the cluster,
 * like the head, cannot open them by URL or API, the review list shows no totals and no link for them, and the
 * provisional league table leaves the draft's self-assessed total blank. Once submitted, the member in charge sees the
 * sheet and its evidence. The office keeps every sheet. Test year 2049, removed afterwards.
 */
@IntegrationTest
class DraftScopeIntegrationTests {
    static final int YEAR = 2049;
    static final String CLUSTER = "CUM-DS";

    @AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) {
        AssessmentFixture.removeYear(jdbc, YEAR, CLUSTER);
        jdbc.update("delete from scoring_sheet where code = 'DS' and valid_from = ?", java.time.LocalDate.of(YEAR, 1, 1));
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;

    AssessmentFixture f;
    static long campaign;
    static long tree;
    static long sheet;
    static long evidence;

    @BeforeEach
    void hanoiHasADraftWithEvidenceAndAScore() throws Exception {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (campaign != 0) return;
        f.cluster(YEAR, CLUSTER);
        tree = f.scoringSheet("DS", YEAR);
        campaign = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaign);
        sheet = f.sheetOf(campaign, "LHH-HNI");
        mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", multipart("/score-sheets/" + sheet + "/evidence")
                .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .param("criterionId", String.valueOf(f.criterion(tree, "I.1"))))).andExpect(status().is3xxRedirection());
        mvc.perform(SelfAssessmentIntegrationTests.as("hanoi.demo", post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet)))
                .param("action", "save").param("value_" + f.criterion(tree, "I.3"), "27"))).andExpect(status().is3xxRedirection());
        evidence = jdbc.queryForObject("select id from evidence_file where score_sheet_id = ?", Long.class, sheet);
        assertThat(f.status(sheet)).isEqualTo("DRAFT");
    }

    int statusOf(String username, String url) throws Exception {
        return mvc.perform(SelfAssessmentIntegrationTests.as(username, get(url))).andReturn().getResponse().getStatus();
    }

    String body(String username, String url) throws Exception {
        return mvc.perform(SelfAssessmentIntegrationTests.as(username, get(url))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theMemberInChargeSeesNeitherTheDraftNorItsEvidenceUntilItIsSubmitted() throws Exception {
        String page = "/score-sheets/" + sheet;
        String file = page + "/evidence/" + evidence;
        String api = "/api/v1/score-sheets/" + sheet;
        for (var url : new String[] {page, file, api}) {
            assertThat(statusOf("phutrach.demo", url)).as("member in charge: " + url).isEqualTo(403);
            assertThat(statusOf("cantho.demo", url)).as("head: " + url).isEqualTo(403);
            assertThat(statusOf("haiphong25.assess", url)).as("another member: " + url).isEqualTo(403);
            assertThat(statusOf("hanoi.demo", url)).as("its own unit: " + url).isEqualTo(200);
            assertThat(statusOf("vanphong.demo", url)).as("the office: " + url).isEqualTo(200);
        }
        long cluster = jdbc.queryForObject("select cluster_id from score_sheet where id = ?", Long.class, sheet);
        var review = body("phutrach.demo", "/campaigns/" + campaign + "/clusters/" + cluster + "/review");
        assertThat(review).contains("Hà Nội").doesNotContain("/score-sheets/" + sheet + "\"").doesNotContain("27.00");
        var table = body("phutrach.demo", "/campaigns/" + campaign + "/results?cluster=" + CLUSTER);
        assertThat(table).contains("Hà Nội").doesNotContain("27,00");

        jdbc.update("update score_sheet set status = 'SUBMITTED', submitted_by = 'hanoi.demo' where id = ?", sheet);
        try {
            assertThat(statusOf("phutrach.demo", page)).isEqualTo(200);
            assertThat(statusOf("phutrach.demo", file)).isEqualTo(200);
            assertThat(body("phutrach.demo", "/campaigns/" + campaign + "/results?cluster=" + CLUSTER)).contains("27,00");
        } finally {
            jdbc.update("update score_sheet set status = 'DRAFT', submitted_by = null where id = ?", sheet);
        }
    }
}
