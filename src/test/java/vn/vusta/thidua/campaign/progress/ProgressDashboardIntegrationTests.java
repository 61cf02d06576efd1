package vn.vusta.thidua.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.registration.Registrations;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;
import vn.vusta.thidua.support.TestClock;

/**
 * The progress dashboard of a 2023 campaign of the 9 VUSTA clusters on 05/12/2023 (after the self-assessment deadline
 * of 30/11, before the review deadline of 10/12): what each role sees, the counts, what is late, and no query per row.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressDashboardIntegrationTests {
    static final int YEAR = 2023;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Campaigns campaigns;
    @Autowired ScoringSheets sheets;
    @Autowired Registrations registrations;
    @Autowired ScoreSheets scoreSheets;
    @Autowired Statements statements;
    @Autowired TestClock clock;

    ProgressData data;
    long campaignId;

    @BeforeAll
    void aCampaignWithWorkInEveryState() {
        data = new ProgressData(jdbc, tx, campaigns, sheets, registrations, scoreSheets);
        campaignId = data.scenario(YEAR).campaignId();
    }

    @AfterEach
    void backToRealTime() { clock.reset(); }

    Document page(RequestPostProcessor who) throws Exception {
        clock.setInstant(Instant.parse("2023-12-05T03:00:00Z"));
        var html = mvc.perform(get("/campaigns/{id}/progress", campaignId).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    static RequestPostProcessor office() { return user("vanphong.demo").roles("OFFICE"); }

    String cell(Document d, String unit, String column) { return d.select("tr[data-unit=" + unit + "] td." + column).text(); }

    int count(Document d, String selector) { return Integer.parseInt(d.select(selector + " .count").text()); }

    @Test
    void theOfficeSeesEveryClusterWithItsStagesAndWhatIsLate() throws Exception {
        var d = page(office());
        int members = data.memberCount(YEAR);
        assertThat(d.select("#progress-table tbody[data-cluster]")).hasSize(9);
        assertThat(d.select("#progress-table tr[data-unit]")).hasSize(members);
        assertThat(cell(d, "LHH-HNI", "registration")).startsWith("Đã gửi ngày 20/03/2023");
        assertThat(cell(d, "LHH-HNI", "stage")).isEqualTo("Đã nộp tự chấm, chờ chấm");
        assertThat(cell(d, "LHH-HPG", "sheet")).isEqualTo("Bị trả lại");
        assertThat(cell(d, "LHH-HPG", "overdue")).isEqualTo("Chưa nộp tự chấm điểm");
        assertThat(cell(d, "LHH-HDG", "overdue")).isEqualTo("Chưa đăng ký thi đua Chưa nộp tự chấm điểm");
        assertThat(cell(d, "LHH-CTO", "stage")).isEqualTo("Đang giải trình");
        // the covenant column from the parties' confirmations; a carried party answers for the member it carries
        assertThat(cell(d, "LHH-HNI", "covenant")).isEqualTo("Đã xác nhận ngày 25/03/2023");
        assertThat(cell(d, "LHH-HPG", "covenant")).isEqualTo("Chưa xác nhận");
        assertThat(cell(d, "LHH-HDG", "covenant")).isEqualTo("Đã xác nhận ngày 26/03/2023");
        // whole campaign: 3 registered; only Hà Nội's and Cần Thơ's self-assessments are in; review not late before 10/12
        assertThat(count(d, "#stage-totals tr[data-stage=NOT_REGISTERED]")).isEqualTo(members - 3);
        assertThat(count(d, "#stage-totals tr[data-stage=SUBMITTED]")).isEqualTo(1);
        assertThat(count(d, "#stage-totals tr[data-stage=IN_EXPLANATION]")).isEqualTo(1);
        assertThat(count(d, "#overdue-totals tr[data-overdue=REGISTRATION]")).isEqualTo(members - 3);
        assertThat(count(d, "#overdue-totals tr[data-overdue=SELF_ASSESSMENT]")).isEqualTo(members - 2);
        assertThat(count(d, "#overdue-totals tr[data-overdue=REVIEW]")).isZero();
        // the chart: one bar per cluster, Cụm 2's stacked by stage, with a text alternative
        var bars = d.select("svg.progress-chart > g");
        assertThat(bars).hasSize(9);
        var cum2Bar = bars.stream().filter(g -> g.selectFirst("title").text().startsWith("Cụm thi đua số 2")).findFirst().orElseThrow();
        assertThat(cum2Bar.select("rect")).extracting(r -> r.attr("data-stage")).containsExactly("NOT_REGISTERED", "REGISTERED", "SUBMITTED");
        assertThat(cum2Bar.selectFirst("title").text()).contains("Chưa đăng ký: ").contains("Đã nộp tự chấm, chờ chấm: 1");
        assertThat(d.select("svg.progress-chart").attr("role")).isEqualTo("img");
    }

    @Test
    void nobodyIsToldTheyHaveNotConfirmedACovenantThereIsNothingToConfirmIn() throws Exception {
        var d = page(office());
        // Cụm 9's head has not started its covenant: a neutral note, not "Chưa xác nhận"
        assertThat(cell(d, "LHH-CTO", "covenant")).isEqualTo("Cụm chưa lập giao ước");
        assertThat(d.select("tr[data-unit=LHH-CTO] td.covenant").hasClass("text-muted")).isTrue();
        // Cụm 2's covenant is compiled: Nam Định (no submitted registration) is no party to it, Hải Phòng is and has not confirmed
        assertThat(cell(d, "LHH-NDH", "covenant")).isEqualTo("Không có trong giao ước");
        assertThat(d.select("tr[data-unit=LHH-HPG] td.covenant").hasClass("text-muted")).isFalse();
        // reopened by the head: in preparation again, confirmations cleared, nothing to confirm until it is compiled again
        tx.executeWithoutResult(s -> {
            jdbc.update("update covenant set status = 'DRAFT' where campaign_id = ?", campaignId);
            jdbc.update("update covenant_party set confirmed_at = null, confirmed_by = null where covenant_id in (select id from covenant where campaign_id = ?)",
                    campaignId);
            try {
                var reopened = page(office());
                assertThat(cell(reopened, "LHH-HPG", "covenant")).isEqualTo("Giao ước đang soạn");
                assertThat(cell(reopened, "LHH-HNI", "covenant")).isEqualTo("Giao ước đang soạn");
                assertThat(reopened.select("td.covenant")).extracting(e -> e.text()).doesNotContain("Chưa xác nhận");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                s.setRollbackOnly();
            }
        });
    }

    @Test
    void afterTheReviewDeadlineTheHeadsLateReviewsCount() throws Exception {
        clock.setInstant(Instant.parse("2023-12-12T03:00:00Z"));
        var html = mvc.perform(get("/campaigns/{id}/progress", campaignId).with(office())).andReturn().getResponse().getContentAsString();
        var d = Jsoup.parse(html);
        assertThat(count(d, "#overdue-totals tr[data-overdue=REVIEW]")).isEqualTo(1);
        assertThat(cell(d, "LHH-HNI", "overdue")).isEqualTo("Cụm trưởng chưa chấm");
    }

    @Test
    void aHeadSeesItsClusterAndAMemberOnlyItsOwnRow() throws Exception {
        var head = page(user("hanoi.demo").roles("UNIT_OFFICER", "COUNCIL_MEMBER"));
        assertThat(head.select("#progress-table tbody[data-cluster]")).extracting(e -> e.attr("data-cluster")).containsExactly("CUM-02");
        assertThat(head.select("#progress-table tr[data-unit]").size()).isGreaterThan(3);
        var member = page(user("haiduong.demo").roles("UNIT_OFFICER"));
        assertThat(member.select("#progress-table tr[data-unit]")).extracting(e -> e.attr("data-unit")).containsExactly("LHH-HDG");
        assertThat(count(member, "#stage-totals tr[data-stage=NOT_REGISTERED]")).isEqualTo(1);
        assertThat(member.select("#progress-as-of").text()).contains("phần của đơn vị mình");
    }

    @Test
    void whoSeesNothingIsRefused() throws Exception {
        clock.setInstant(Instant.parse("2023-12-05T03:00:00Z"));
        mvc.perform(get("/campaigns/{id}/progress", campaignId).with(user("uyvien.demo").roles("COUNCIL_MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/progress", campaignId).with(user("quantri.demo").roles("SYSTEM_ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/{id}/progress", 999_999).with(office())).andExpect(status().isForbidden());
        // Cần Thơ of 2023 is no demo account's unit; the new Cần Thơ (2025) holds no place in a 2023 cluster
        mvc.perform(get("/campaigns/{id}/progress", campaignId).with(user("cantho.demo").roles("UNIT_OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void noQueryPerRow() throws Exception {
        clock.setInstant(Instant.parse("2023-12-05T03:00:00Z"));
        var all = statements.during(() -> mvc.perform(get("/campaigns/{id}/progress", campaignId).with(office())).andExpect(status().isOk()));
        var own = statements.during(() -> mvc.perform(get("/campaigns/{id}/progress", campaignId)
                .with(user("haiduong.demo").roles("UNIT_OFFICER"))).andExpect(status().isOk()));
        assertThat(all.total()).as(all.toString()).isLessThanOrEqualTo(14).isLessThanOrEqualTo(own.total() + 2);
    }
}
