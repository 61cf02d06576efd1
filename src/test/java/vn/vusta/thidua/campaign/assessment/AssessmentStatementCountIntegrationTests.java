package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.campaign.assessment.SelfAssessmentIntegrationTests.as;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.ReviewMode;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/** The sheet page and the review list read in a fixed number of statements, whatever the number of files or sheets. */
@IntegrationTest
class AssessmentStatementCountIntegrationTests {
    static final int YEAR = 2045;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-SC"); }
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;
    @Autowired Statements statements;

    /**
     * The statements of a request after the same request once uncounted, so that lookups that reload after any write
     * (unit names and lineage, the session store's clean-up) never fall into one count and not the other.
     */
    Statements.Count count(RequestBuilder request) throws Exception {
        mvc.perform(request);
        return countOnce(request);
    }

    Statements.Count countOnce(RequestBuilder request) {
        return statements.during(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    @Test
    void theSheetPageAndTheReviewListDoNotQueryPerRow() throws Exception {
        var f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        long cluster = f.cluster(YEAR, "CUM-SC");
        long tree = f.scoringSheet("SC", YEAR);
        long campaign = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaign);
        f.register(campaign, cluster, "LHH-HNI", tree, "4");
        long sheet = f.sheetOf(campaign, "LHH-HNI");

        var before = count(as("hanoi.demo", get("/score-sheets/" + sheet)));
        for (var code : new String[] {"I.1", "I.3", "III"}) {
            mvc.perform(as("hanoi.demo", multipart("/score-sheets/" + sheet + "/evidence").file(new MockMultipartFile("file", code + ".pdf",
                    "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).param("criterionId", String.valueOf(f.criterion(tree, code)))));
        }
        var after = count(as("hanoi.demo", get("/score-sheets/" + sheet)));
        assertThat(after.total()).as(after.toString()).isEqualTo(before.total()).isLessThanOrEqualTo(30);

        var list = "/campaigns/" + campaign + "/clusters/" + cluster + "/review";
        var three = count(as("cantho.demo", get(list)));
        for (var code : new String[] {"LHH-HUE", "LHH-HCM25"}) {
            jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, ?, 'VUSTA', true)",
                    cluster, f.unit(code), YEAR);
        }
        creation.createMissing(campaign);
        var five = count(as("cantho.demo", get(list)));
        assertThat(five.total()).as(five.toString()).isEqualTo(three.total()).isLessThanOrEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from score_sheet where campaign_id = ?", Integer.class, campaign)).isEqualTo(5);
    }
}
