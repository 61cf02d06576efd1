package vn.vusta.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/**
 * No query per row on the campaign pages: the list of a year's campaigns, a campaign's overview (9 clusters with
 * their members' registrations) and a cluster's covenant cost the same few statements with few rows and with many.
 * The data is committed (in 2025, so that nothing else of the suite sees it) and removed after each test.
 */
@IntegrationTest
class CampaignStatementCountIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired JdbcTemplate jdbc;

    /** The page's own statements: the session store's clean-up, which may run at any moment, is not the page's. */
    Statements.Count count(RequestBuilder request) {
        var all = statements.during(() -> mvc.perform(request).andExpect(status().isOk()));
        var own = all.sql().stream().filter(sql -> !sql.startsWith("DELETE FROM SPRING_SESSION WHERE EXPIRY_TIME")).toList();
        return new Statements.Count(own.size(), own);
    }

    static void noQueryPerRow(Statements.Count many, Statements.Count few, int ceiling) {
        assertThat(many.total()).as(many.toString()).isLessThanOrEqualTo(ceiling).isLessThanOrEqualTo(few.total() + 1);
        assertThat(few.total()).as(few.toString()).isLessThanOrEqualTo(many.total());
    }

    @AfterEach
    void removeThisTestsCampaigns() {
        // 2024 holds the demo's published campaign (DemoResults); this test works on 2025 (2022 and 2023 are the progress tests') and removes only its own
        String mine = "(select id from campaign where campaign_year = 2025 and name in ('Thi đua cụm 2025', 'Thi đua khối 2025', 'Thi đua nội bộ Hà Nội 2025', 'Thi đua nội bộ Cần Thơ 2025'))";
        jdbc.update("delete from covenant_party where covenant_id in (select id from covenant where campaign_id in " + mine + ")");
        jdbc.update("delete from covenant where campaign_id in " + mine + "");
        jdbc.update("delete from registration_target where registration_id in (select id from registration where campaign_id in " + mine + ")");
        jdbc.update("delete from registration where campaign_id in " + mine + "");
        jdbc.update("delete from score_sheet where campaign_id in " + mine);
        jdbc.update("delete from campaign where id in " + mine);
    }

    long campaign(String name, String kind, String level, String owner) {
        jdbc.update("""
                insert into campaign (campaign_year, name, level, kind, owner_unit_id, status, registration_due, six_month_due, nine_month_due,
                    self_assessment_due, review_due, explanation_from, explanation_due, publication_due)
                values (2025, ?, ?, ?, (select id from unit where code = ?), 'OPEN', date '2025-03-31', date '2025-07-15', date '2025-10-15',
                    date '2025-11-20', date '2025-12-05', date '2025-12-06', date '2025-12-15', date '2025-12-25')""", name, level, kind, owner);
        return jdbc.queryForObject("select id from campaign where name = ?", Long.class, name);
    }

    /** Registers (submitted, two targets) every member of these 2025 clusters. */
    void registerMembersOf(long campaign, List<String> clusterCodes) {
        for (var code : clusterCodes) {
            long cluster = TestCampaigns.cluster(jdbc, code, 2025);
            for (long unit : jdbc.queryForList("select unit_id from cluster_member where cluster_id = ?", Long.class, cluster)) {
                jdbc.update("insert into registration (campaign_id, cluster_id, unit_id, status, aimed_titles) values (?, ?, ?, 'SUBMITTED', 'CO_THI_DUA_VUSTA')",
                        campaign, cluster, unit);
                long id = jdbc.queryForObject("select id from registration where campaign_id = ? and unit_id = ?", Long.class, campaign, unit);
                jdbc.update("insert into registration_target (registration_id, position, indicator, unit_of_measure, target_value) values (?, 0, 'Hội mới', 'hội', 2), (?, 1, 'Hội thảo', 'hội thảo', 5)", id, id);
            }
        }
    }

    void compileCovenant(long campaign, String code) {
        long cluster = TestCampaigns.cluster(jdbc, code, 2025);
        jdbc.update("insert into covenant (campaign_id, cluster_id, status, commitments) values (?, ?, 'COMPILED', 'Cam kết chung')", campaign, cluster);
        long covenant = jdbc.queryForObject("select id from covenant where campaign_id = ? and cluster_id = ?", Long.class, campaign, cluster);
        jdbc.update("insert into covenant_party (covenant_id, position, unit_id) select ?, row_number() over (order by unit_id), unit_id from registration where campaign_id = ? and cluster_id = ?",
                covenant, campaign, cluster);
    }

    @Test
    void campaignList() {
        campaign("Thi đua cụm 2025", "CLUSTER", "VUSTA", "LHHVN");
        var one = count(get("/campaigns").param("year", "2025"));
        campaign("Thi đua khối 2025", "BLOCK", "VUSTA", "LHHVN");
        campaign("Thi đua nội bộ Hà Nội 2025", "CLUSTER", "PROVINCIAL", "LHH-HNI");
        campaign("Thi đua nội bộ Cần Thơ 2025", "CLUSTER", "PROVINCIAL", "LHH-CTO");
        var four = count(get("/campaigns").param("year", "2025"));
        noQueryPerRow(four, one, 4);
        var officer = user("hanoi.demo").roles("UNIT_OFFICER");
        // the officer's memberships (through its unit's lineage) mark its own campaigns; MockMvc's user() stores a session
        var signedIn = count(get("/campaigns").param("year", "2025").with(officer));
        assertThat(signedIn.total()).as(signedIn.toString()).isLessThanOrEqualTo(14);
    }

    @Test
    void campaignOverview() {
        long id = campaign("Thi đua cụm 2025", "CLUSTER", "VUSTA", "LHHVN");
        // the office's and the Presidium member's links (review, explanations, results per cluster) cost the same with 9 clusters filled
        var office = user("vanphong.demo").roles("OFFICE");
        var supervisor = user("phutrach.demo").roles("PRESIDIUM_MEMBER");
        count(get("/campaigns/" + id).with(office));
        var none = count(get("/campaigns/" + id));
        var officeNone = count(get("/campaigns/" + id).with(office));
        var supervisorNone = count(get("/campaigns/" + id).with(supervisor));
        registerMembersOf(id, List.of("CUM-02", "CUM-06", "CUM-09"));
        compileCovenant(id, "CUM-02");
        compileCovenant(id, "CUM-09");
        var many = count(get("/campaigns/" + id));
        noQueryPerRow(many, none, 14);
        noQueryPerRow(count(get("/campaigns/" + id).with(office)), officeNone, 24);
        noQueryPerRow(count(get("/campaigns/" + id).with(supervisor)), supervisorNone, 24);
    }

    @Test
    void covenantPage() {
        long id = campaign("Thi đua cụm 2025", "CLUSTER", "VUSTA", "LHHVN");
        var office = user("vanphong.demo").roles("OFFICE");
        String url = "/campaigns/" + id + "/clusters/" + TestCampaigns.cluster(jdbc, "CUM-02", 2025) + "/covenant";
        var empty = count(get(url).with(office));
        registerMembersOf(id, List.of("CUM-02"));
        var registered = count(get(url).with(office));
        compileCovenant(id, "CUM-02");
        var compiled = count(get(url).with(office));
        noQueryPerRow(registered, empty, 24);
        noQueryPerRow(compiled, registered, 24);
    }
}
