package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.campaign.assessment.SelfAssessmentIntegrationTests.as;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
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
 * The review by the head unit: it sees a member's sheet only once submitted, scores it beside the unit's own scores,
 * returns it with a reason the unit sees, and completes it; the head's own sheet goes to the deputy or the Presidium
 * member in charge. A unit officer never reads another unit's draft or evidence, by page or API.
 */
@IntegrationTest
class ReviewIntegrationTests {
    static final int YEAR = 2042;

    @org.junit.jupiter.api.AfterAll
    static void removeTheTestYear(@Autowired JdbcTemplate jdbc) { AssessmentFixture.removeYear(jdbc, YEAR, "CUM-RV"); }
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets scoringSheets;
    @Autowired Campaigns campaigns;
    @Autowired Registrations registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired ScoreSheetCreation creation;

    AssessmentFixture f;
    static long campaignId;
    static long clusterId;
    static long tree;

    @BeforeEach
    void campaign() {
        f = new AssessmentFixture(jdbc, tx, scoringSheets, campaigns, registrations, events);
        if (campaignId != 0) return;
        clusterId = f.cluster(YEAR, "CUM-RV");
        tree = f.scoringSheet("RV", YEAR);
        campaignId = f.openCampaign(YEAR, tree, ReviewMode.HEAD);
        creation.createMissing(campaignId);
        for (var u : new String[] {"LHH-HNI", "LHH-HPG25", "LHH-CTO25"}) f.register(campaignId, clusterId, u, tree, "4");
    }

    long evidence(String user, long sheet) throws Exception {
        mvc.perform(as(user, multipart("/score-sheets/" + sheet + "/evidence").file(new MockMultipartFile("file", "minh-chung.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .param("criterionId", String.valueOf(f.criterion(tree, "I.1"))))).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from evidence_file where score_sheet_id = ?", Long.class, sheet);
    }

    void submit(String user, long sheet, Map<String, String> values, String action) throws Exception {
        var r = post("/score-sheets/" + sheet).param("version", String.valueOf(f.version(sheet))).param("action", action);
        f.values(tree, values).forEach(r::param);
        mvc.perform(as(user, r)).andExpect(status().is3xxRedirection());
    }

    void review(String user, long sheet, Map<String, String> values, String action) throws Exception {
        var r = post("/score-sheets/" + sheet + "/review").param("version", String.valueOf(f.version(sheet))).param("action", action);
        f.values(tree, values).forEach(r::param);
        mvc.perform(as(user, r)).andExpect(status().is3xxRedirection());
    }

    static Map<String, String> all(String relative) {
        return Map.of("I.1", "3", "I.2", "1", "I.3", "20", "II.1", relative, "III", "1", "IV", "1");
    }

    @Test
    void aDraftAndItsEvidenceStayWithTheUnitUntilSubmittedThenTheHeadReturnsItAndReviewsTheResubmission() throws Exception {
        long hanoi = f.sheetOf(campaignId, "LHH-HNI");
        long file = evidence("hanoi.demo", hanoi);
        submit("hanoi.demo", hanoi, Map.of("I.3", "20"), "save");
        // another unit's officer and the head: not the draft, not its evidence, not by the API
        for (var user : new String[] {"haiphong25.assess", "cantho.demo"}) {
            mvc.perform(as(user, get("/score-sheets/" + hanoi))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/score-sheets/" + hanoi + "/evidence/" + file))).andExpect(status().isForbidden());
            mvc.perform(as(user, get("/api/v1/score-sheets/" + hanoi).accept(MediaType.APPLICATION_JSON))).andExpect(status().isForbidden());
        }
        // evidence of one sheet is not reachable through another sheet's URL
        long haiphong = f.sheetOf(campaignId, "LHH-HPG25");
        mvc.perform(as("haiphong25.assess", get("/score-sheets/" + haiphong + "/evidence/" + file))).andExpect(status().isForbidden());
        mvc.perform(as("hanoi.demo", get("/api/v1/score-sheets/" + hanoi).accept(MediaType.APPLICATION_JSON))).andExpect(status().isOk());

        submit("hanoi.demo", hanoi, all("12"), "submit");
        assertThat(f.status(hanoi)).isEqualTo("SUBMITTED");
        // the head scores beside the unit's own figures; another member still cannot read it
        var page = mvc.perform(as("cantho.demo", get("/score-sheets/" + hanoi))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("review-form", "Trả lại phiếu");
        mvc.perform(as("haiphong25.assess", get("/score-sheets/" + hanoi))).andExpect(status().isForbidden());
        mvc.perform(as("cantho.demo", get("/score-sheets/" + hanoi + "/evidence/" + file))).andExpect(status().isOk());
        // the unit cannot review itself
        mvc.perform(as("hanoi.demo", post("/score-sheets/" + hanoi + "/review").param("version", String.valueOf(f.version(hanoi)))))
                .andExpect(status().isForbidden());

        review("cantho.demo", hanoi, Map.of("I.3", "15"), "save");
        // returning needs a reason
        var noReason = mvc.perform(as("cantho.demo", post("/score-sheets/" + hanoi + "/return").param("version", String.valueOf(f.version(hanoi)))
                .param("reason", " "))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Cần ghi lý do trả lại phiếu");
        mvc.perform(as("cantho.demo", post("/score-sheets/" + hanoi + "/return").param("version", String.valueOf(f.version(hanoi)))
                .param("reason", "Thiếu quyết định thành lập hội thứ ba"))).andExpect(status().is3xxRedirection());
        assertThat(f.status(hanoi)).isEqualTo("RETURNED");
        assertThat(mvc.perform(as("hanoi.demo", get("/score-sheets/" + hanoi))).andReturn().getResponse().getContentAsString())
                .contains("Thiếu quyết định thành lập hội thứ ba", "id=\"save-sheet\"");
        assertThat(SelfAssessmentIntegrationTests.audits(jdbc, "SCORE_SHEET_RETURNED", hanoi)).isEqualTo(1);

        submit("hanoi.demo", hanoi, all("12"), "submit");
        assertThat(f.status(hanoi)).isEqualTo("SUBMITTED");
        // completing before every criterion is scored names what is missing
        var r = post("/score-sheets/" + hanoi + "/review").param("version", String.valueOf(f.version(hanoi))).param("action", "complete");
        assertThat(mvc.perform(as("cantho.demo", r)).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString())
                .contains("còn tiêu chí chưa chấm (I.1, I.2, II.1, III, IV)");
        review("cantho.demo", hanoi, Map.of("I.1", "2", "I.2", "1", "I.3", "15", "II.1", "12", "III", "1", "IV", "1"), "complete");
        assertThat(f.status(hanoi)).isEqualTo("REVIEWED");
        // I: 10 + 5 + 15 = 30 (cap 50); II.1 the cluster's best: 10; III +1; IV -2
        assertThat(jdbc.queryForObject("select review_total from score_sheet where id = ?", String.class, hanoi)).isEqualTo("39.00");
        // Hải Phòng's sheet still awaits its review: II.1's points (and so the totals) may change, and the page says so
        var reviewed = mvc.perform(as("cantho.demo", get("/score-sheets/" + hanoi))).andReturn().getResponse().getContentAsString();
        assertThat(reviewed).contains("id=\"relative-provisional\"", "Tiêu chí II.1 được tính so với đơn vị cao nhất cụm", "tạm tính");
        // Hải Phòng held twice as many trainings (II.1: 24), the cluster's new best: Hà Nội's II.1 now counts 5 of 10 and its
        // stored totals follow, its version kept (whoever has Hà Nội's sheet open is not told someone changed it)
        long hanoiVersion = f.version(hanoi);
        evidence("haiphong25.assess", haiphong);
        submit("haiphong25.assess", haiphong, all("24"), "submit");
        review("cantho.demo", haiphong, Map.of("I.1", "2", "I.2", "1", "I.3", "15", "II.1", "24", "III", "1", "IV", "1"), "complete");
        assertThat(jdbc.queryForObject("select review_total from score_sheet where id = ?", String.class, haiphong)).isEqualTo("39.00");
        assertThat(jdbc.queryForObject("select review_total from score_sheet where id = ?", String.class, hanoi)).isEqualTo("34.00");
        assertThat(f.version(hanoi)).isEqualTo(hanoiVersion);
        var audit = SelfAssessmentIntegrationTests.lastAudit(jdbc, "SCORE_REVIEW_CHANGED", hanoi);
        assertThat(String.valueOf(audit.get("new_value"))).contains("\"I.1\"", "\"points\":\"10.00\"");
    }

    @Test
    void theHeadsOwnSheetIsReviewedByTheDeputyOrTheMemberInChargeNeverByItself() throws Exception {
        long head = f.sheetOf(campaignId, "LHH-CTO25");
        evidence("cantho.demo", head);
        submit("cantho.demo", head, all("6"), "submit");
        mvc.perform(as("cantho.demo", post("/score-sheets/" + head + "/review").param("version", String.valueOf(f.version(head)))))
                .andExpect(status().isForbidden());
        mvc.perform(as("haiphong25.assess", get("/score-sheets/" + head))).andExpect(status().isForbidden());
        mvc.perform(as("phutrach.demo", get("/score-sheets/" + head))).andExpect(status().isOk());
        // the API as the pages: the deputy scores and completes
        var criteria = new StringBuilder();
        for (var code : new String[] {"I.1", "I.2", "I.3", "II.1", "III", "IV"}) {
            if (!criteria.isEmpty()) criteria.append(',');
            criteria.append("{\"criterionId\":").append(f.criterion(tree, code)).append(",\"value\":").append(code.equals("I.3") ? "10" : "1")
                    .append(",\"comment\":\"Đã đối chiếu\"}");
        }
        mvc.perform(as("hanoi.demo", put("/api/v1/score-sheets/" + head + "/review").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + f.version(head) + ",\"entries\":[" + criteria + "]}"))).andExpect(status().isOk());
        // a stale version: 409 with the message
        mvc.perform(as("hanoi.demo", post("/api/v1/score-sheets/" + head + "/review/complete").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}"))).andExpect(status().isConflict());
        mvc.perform(as("hanoi.demo", post("/api/v1/score-sheets/" + head + "/review/complete").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + f.version(head) + "}"))).andExpect(status().isOk());
        assertThat(f.status(head)).isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select reviewed_by from score_sheet where id = ?", String.class, head)).isEqualTo("hanoi.demo");
    }

    @Test
    void theReviewListShowsEachMembersStateAndLetsOnlyReviewersIn() throws Exception {
        var url = "/campaigns/" + campaignId + "/clusters/" + clusterId + "/review";
        var body = mvc.perform(as("cantho.demo", get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Hà Nội", "TP Hải Phòng", "TP Cần Thơ");
        mvc.perform(as("phutrach.demo", get(url))).andExpect(status().isOk());
        mvc.perform(as("vanphong.demo", get(url))).andExpect(status().isOk());
        mvc.perform(as("haiphong25.assess", get(url))).andExpect(status().isForbidden());
        mvc.perform(as("haiduong.demo", get(url))).andExpect(status().isForbidden());
    }
}
