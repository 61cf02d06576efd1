package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.Statements;

/**
 * No query per row: the league page, the public page and the results API of the largest and the smallest cluster of
 * the demo's 2024 campaign cost the same number of statements, under a small ceiling.
 */
@IntegrationTest
class ResultStatementCountIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired JdbcTemplate jdbc;

    long campaign() { return jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME); }

    String cluster(String order) {
        return jdbc.queryForObject("select c.code from score_sheet s join cluster c on c.id = s.cluster_id where s.campaign_id = ?"
                + " group by c.code order by count(*) " + order + ", c.code limit 1", String.class, campaign());
    }

    Statements.Count count(RequestBuilder request) { return statements.during(() -> mvc.perform(request).andExpect(status().isOk())); }

    void sameForBigAndSmall(String url, int ceiling, boolean office) {
        var big = get(url, campaign()).param("cluster", cluster("desc"));
        var small = get(url, campaign()).param("cluster", cluster("asc"));
        if (office) {
            big.with(user("vanphong.demo"));
            small.with(user("vanphong.demo"));
        }
        var many = count(big);
        var few = count(small);
        assertThat(many.total()).as(many.toString()).isEqualTo(few.total()).isLessThanOrEqualTo(ceiling);
    }

    @Test
    void leaguePage() { sameForBigAndSmall("/campaigns/{id}/results", 22, true); }

    @Test
    void publicPage() { sameForBigAndSmall("/public/campaigns/{id}/results", 14, false); }

    @Test
    void resultsApi() { sameForBigAndSmall("/api/v1/campaigns/{id}/results", 10, false); }

    @Test
    void comparisonOfTheWholeCampaign() {
        var c = count(get("/campaigns/{id}/comparison", campaign()).with(user("vanphong.demo")));
        assertThat(c.total()).as(c.toString()).isLessThanOrEqualTo(16);
    }
}
