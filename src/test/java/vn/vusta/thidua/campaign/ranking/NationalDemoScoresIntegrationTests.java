package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.vusta.thidua.support.IntegrationTest;

/**
 * The national demo scores (demo switch on in tests): one published campaign over every internal demo cluster, a
 * final sheet per association, built once; its league tables answer through the public API. Runs in a transaction
 * that is rolled back, so the ~2,000 sheets never stay in the shared database.
 */
@IntegrationTest
@Transactional
class NationalDemoScoresIntegrationTests {
    @Autowired NationalDemoScores scores;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired vn.vusta.thidua.support.Statements statements;

    @Test
    void scoresANationalYearOnceAndItsLeagueTablesAnswer() throws Exception {
        var first = scores.ensure(2026);
        System.out.println("National demo scores, first run: " + first);
        assertThat(first.created()).isTrue();
        assertThat(first.clusters()).isBetween(280, 320);
        assertThat(first.sheets()).isBetween(1900, 2100);
        assertThat(first.entries()).isEqualTo(first.sheets() * jdbc.queryForObject(
                "select count(*) from criterion k join campaign c on c.scoring_sheet_id = k.sheet_id where c.id = ? and k.type <> 'GROUP'",
                Integer.class, first.campaignId()));
        assertThat(jdbc.queryForObject("select name from campaign where id = ?", String.class, first.campaignId())).endsWith("(dữ liệu mẫu)");
        assertThat(jdbc.queryForList("select distinct status from score_sheet where campaign_id = ?", String.class, first.campaignId()))
                .containsExactly("PUBLISHED");
        assertThat(jdbc.queryForObject("select count(distinct cluster_id) from score_sheet where campaign_id = ?", Integer.class, first.campaignId()))
                .isEqualTo(first.clusters());

        var second = scores.ensure(2026);
        assertThat(second.created()).isFalse();
        assertThat(second.campaignId()).isEqualTo(first.campaignId());
        assertThat(second.sheets()).isEqualTo(first.sheets());

        long cluster = jdbc.queryForObject("select min(cluster_id) from score_sheet where campaign_id = ?", Long.class, first.campaignId());
        int members = jdbc.queryForObject("select count(*) from score_sheet where campaign_id = ? and cluster_id = ?", Integer.class,
                first.campaignId(), cluster);
        var top = jdbc.queryForObject("select max(final_total) from score_sheet where campaign_id = ? and cluster_id = ?",
                java.math.BigDecimal.class, first.campaignId(), cluster);
        mvc.perform(get("/api/v1/campaigns/{id}/results", first.campaignId()).param("cluster", String.valueOf(cluster)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(members))
                .andExpect(jsonPath("$.rows[0].rank").value(1))
                .andExpect(jsonPath("$.rows[0].total").value(top.doubleValue()))
                .andExpect(jsonPath("$.rows[0].groups.length()").value(7));
        // the same table by the union's code and the cluster's (codes of internal clusters repeat across unions)
        var named = jdbc.queryForMap("select u.code as owner, c.code from cluster c join unit u on u.id = c.owner_unit_id where c.id = ?", cluster);
        mvc.perform(get("/api/v1/campaigns/{id}/results", first.campaignId()).param("cluster", named.get("owner") + "/" + named.get("code")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cluster.code").value(named.get("code")))
                .andExpect(jsonPath("$.cluster.owner.code").value(named.get("owner")))
                .andExpect(jsonPath("$.rows.length()").value(members));

        // hundreds of clusters: the table links to a page listing them by union instead of a drop-down of every one
        var page = mvc.perform(get("/public/campaigns/{id}/results", first.campaignId()).param("cluster", String.valueOf(cluster)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Các cụm khác (" + first.clusters() + " cụm)").doesNotContain("<select id=\"cluster\"");
        var list = statements.during(() -> mvc.perform(get("/public/campaigns/{id}/results/clusters", first.campaignId())).andExpect(status().isOk()));
        var listed = mvc.perform(get("/public/campaigns/{id}/results/clusters", first.campaignId()))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed.split("results\\?cluster=", -1)).hasSize(first.clusters() + 1);
        assertThat(listed).contains(first.clusters() + " cụm có bảng chấm điểm", "Liên hiệp Hội");
        // the same statements as the nine clusters of the demo's 2024 campaign: none per cluster listed
        long demo = jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME);
        var nine = statements.during(() -> mvc.perform(get("/public/campaigns/{id}/results/clusters", demo)).andExpect(status().isOk()));
        assertThat(list.total()).as(list + " / " + nine).isEqualTo(nine.total()).isLessThanOrEqualTo(8);
    }
}
