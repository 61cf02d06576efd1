package vn.vusta.thidua.cluster;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;

/** The public API of units and clusters, without login, and its OpenAPI description. */
@IntegrationTest
class PublicApiIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    @Test
    void clustersOfAYear() throws Exception {
        mvc.perform(get("/api/v1/clusters").param("year", "2022")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(9)))
                .andExpect(jsonPath("$[*].members.length()", containsInAnyOrder(7, 7, 7, 7, 6, 6, 6, 8, 9)))
                .andExpect(jsonPath("$[?(@.code == 'CUM-06')].head.name").value("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi"))
                .andExpect(jsonPath("$[?(@.code == 'CUM-06')].year").value(2022))
                .andExpect(jsonPath("$[0].members[0]", hasKey("id")))
                .andExpect(jsonPath("$[0].members[0]", hasKey("code")))
                .andExpect(jsonPath("$[0].deputy").value(nullValue()));
        mvc.perform(get("/api/v1/clusters").param("year", "2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'CUM-08')].deputy.code").value("LHH-DTP"));
    }

    @Test
    void unitsAsOfADate() throws Exception {
        mvc.perform(get("/api/v1/units").param("date", "2022-01-01").param("type", "PROVINCIAL_UNION"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(63)));
        mvc.perform(get("/api/v1/units").param("date", "2025-07-01").param("type", "PROVINCIAL_UNION"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(34)));
    }

    @Test
    void aUnitWithPredecessorsAndSuccessor() throws Exception {
        mvc.perform(get("/api/v1/units/" + unit("LHH-CTO25"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.predecessors[*].code", containsInAnyOrder("LHH-CTO", "LHH-STG", "LHH-HGI")))
                .andExpect(jsonPath("$.successor").value(nullValue()));
        mvc.perform(get("/api/v1/units/" + unit("LHH-STG"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.successor.code").value("LHH-CTO25"))
                .andExpect(jsonPath("$.successor.effectiveDate").value("2025-07-01"));
        mvc.perform(get("/api/v1/units/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị yêu cầu."));
    }

    @Test
    void whoHeadsAClusterOnADate() throws Exception {
        mvc.perform(get("/api/v1/clusters/CUM-09/head").param("date", "2024-06-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.head.code").value("LHH-STG"));
        mvc.perform(get("/api/v1/clusters/CUM-01/head").param("date", "2024-06-01")).andExpect(status().isOk())
                .andExpect(jsonPath("$.head").value(nullValue()));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/clusters")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units/{id}")))
                .andExpect(jsonPath("$.paths['/api/v1/clusters'].get.parameters[*].name", hasItem("year")));
    }
}
