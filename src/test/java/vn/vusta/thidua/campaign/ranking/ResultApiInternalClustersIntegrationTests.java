package vn.vusta.thidua.campaign.ranking;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.assessment.ScoreSheets;
import vn.vusta.thidua.campaign.sheet.ScoringSheets;
import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.InternalClusters;

/**
 * The public results API names a union's internal clusters by code as the contract says, {@code cluster:
 * {code, name}} plus the owning union: Hải Phòng and Hải Dương both have an internal cluster NB-77 in 2077 (codes are
 * unique only per union). Hải Phòng's own campaign finds its NB-77 by code; a national campaign over both needs the
 * union's code ("LHH-HDG/NB-77") and says so. Each test rolls back (year 2077).
 */
@IntegrationTest
@Transactional
class ResultApiInternalClustersIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ScoringSheets sheets;
    @Autowired Campaigns campaigns;
    @Autowired ScoreSheets scoreSheets;

    ResultFixtures f;
    long haiphong;
    long national;

    @BeforeEach
    void twoUnionsWithAnInternalClusterNB77Each() {
        f = new ResultFixtures(jdbc, tx, sheets, campaigns, scoreSheets);
        var hp = internalCluster("LHH-HPG", "Cụm hội thành viên số 1 (Hải Phòng)", "HOI-77-HP-1", "HOI-77-HP-2");
        var hd = internalCluster("LHH-HDG", "Cụm hội thành viên số 1 (Hải Dương)", "HOI-77-HD-1");
        haiphong = f.campaign(2077, "LHH-HPG", "GROUPS_IN_ORDER", ClusterLevel.PROVINCIAL);
        f.sheet(haiphong, hp, f.unit("HOI-77-HP-1"), "40", "30", true);
        f.sheet(haiphong, hp, f.unit("HOI-77-HP-2"), "50", "30", true);
        national = f.campaign(2077, "LHHVN", "GROUPS_IN_ORDER", ClusterLevel.PROVINCIAL);
        f.sheet(national, hp, f.unit("HOI-77-HP-1"), "40", "30", true);
        f.sheet(national, hd, f.unit("HOI-77-HD-1"), "45", "35", true);
        for (long id : new long[] {haiphong, national}) {
            tx.executeWithoutResult(s -> campaigns.findById(id).orElseThrow().publish("vanphong.demo", Instant.parse("2077-12-25T02:00:00Z")));
        }
    }

    /** The union's member associations and its internal cluster NB-77 of 2077 with them as members; the cluster's id. */
    long internalCluster(String union, String name, String... associations) {
        return InternalClusters.create(jdbc, union, "NB-77", 2077, name, associations);
    }

    @Test
    void aUnionsCampaignNamesItsInternalClusterByCode() throws Exception {
        for (var ref : new String[] {"NB-77", "LHH-HPG/NB-77", "lhh-hpg/NB-77"}) {
            mvc.perform(get("/api/v1/campaigns/{id}/results", haiphong).param("cluster", ref))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cluster.code").value("NB-77"))
                    .andExpect(jsonPath("$.cluster.name").value("Cụm hội thành viên số 1 (Hải Phòng)"))
                    .andExpect(jsonPath("$.cluster.owner.code").value("LHH-HPG"))
                    .andExpect(jsonPath("$.cluster.owner.name").value(Matchers.containsString("Hải Phòng")))
                    .andExpect(jsonPath("$.rows[0].rank").value(1))
                    .andExpect(jsonPath("$.rows[0].unit.code").value("HOI-77-HP-2"))
                    .andExpect(jsonPath("$.rows[0].total").value(80))
                    .andExpect(jsonPath("$.rows", Matchers.hasSize(2)));
        }
        // Hải Dương's NB-77 is no cluster of Hải Phòng's campaign
        mvc.perform(get("/api/v1/campaigns/{id}/results", haiphong).param("cluster", "LHH-HDG/NB-77")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/{id}/results", haiphong).param("cluster", "NB-78")).andExpect(status().isNotFound());
    }

    @Test
    void aCampaignOverSeveralUnionsNeedsTheUnionsCodeAndSaysWhichToChoose() throws Exception {
        mvc.perform(get("/api/v1/campaigns/{id}/results", national).param("cluster", "NB-77"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mã cụm NB-77 có ở nhiều cụm nội bộ của đợt thi đua; ghi kèm mã Liên hiệp Hội: LHH-HDG/NB-77, LHH-HPG/NB-77."));
        mvc.perform(get("/api/v1/campaigns/{id}/results", national).param("cluster", "LHH-HDG/NB-77"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cluster.code").value("NB-77"))
                .andExpect(jsonPath("$.cluster.name").value("Cụm hội thành viên số 1 (Hải Dương)"))
                .andExpect(jsonPath("$.cluster.owner.code").value("LHH-HDG"))
                .andExpect(jsonPath("$.rows[0].unit.code").value("HOI-77-HD-1"));
    }

    @Test
    void vustasClustersKeepTheirPlainCodeWithoutAnOwnerAndTheDescriptionSaysHowToNameAnInternalCluster() throws Exception {
        long demo = jdbc.queryForObject("select id from campaign where name = ?", Long.class, DemoResults.NAME);
        mvc.perform(get("/api/v1/campaigns/{id}/results", demo).param("cluster", "CUM-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cluster.code").value("CUM-02"))
                .andExpect(jsonPath("$.cluster.owner").doesNotExist())
                .andExpect(jsonPath("$.cluster.*", Matchers.hasSize(2)));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/results'].get.parameters[?(@.name == 'cluster')].description",
                        Matchers.contains(Matchers.containsString("LHH-HNI/MAU-01"))))
                // the results' own shapes (they once shared the names CampaignDto, ClusterDto with other APIs' and showed theirs)
                .andExpect(jsonPath("$.components.schemas.Results.properties.cluster.$ref").value("#/components/schemas/ResultCluster"))
                .andExpect(jsonPath("$.components.schemas.Results.properties.campaign.$ref").value("#/components/schemas/ResultCampaign"))
                .andExpect(jsonPath("$.components.schemas.ResultCluster.properties.*", Matchers.hasSize(3)))
                .andExpect(jsonPath("$.components.schemas.ResultCluster.properties.owner.$ref").value("#/components/schemas/ResultClusterOwner"))
                .andExpect(jsonPath("$.components.schemas.ResultCampaign.properties.year").exists())
                // and the clusters' and the campaigns' cluster shapes no longer hide one another
                .andExpect(jsonPath("$.components.schemas.ClusterDto.properties.year").exists())
                .andExpect(jsonPath("$.components.schemas.CampaignCluster.properties.members").exists());
    }
}
