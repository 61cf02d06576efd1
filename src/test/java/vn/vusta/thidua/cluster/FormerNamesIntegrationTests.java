package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;

/** A past year keeps its names (review D8): Huế was the province of Thừa Thiên Huế until 31/12/2024. */
@IntegrationTest
class FormerNamesIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ClusterQueries queries;

    long clusterOf(String unitCode, int year) {
        return jdbc.queryForObject("select c.id from cluster c join cluster_member m on m.cluster_id = c.id join unit u on u.id = m.unit_id "
                + "where u.code = ? and c.cluster_year = ? and c.level = 'VUSTA'", Long.class, unitCode, year);
    }

    String page(long clusterId) throws Exception {
        return mvc.perform(get("/clusters/" + clusterId)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aClusterOf2024ListsThuaThienHueAndOf2025Hue() throws Exception {
        var before = page(clusterOf("LHH-HUE", 2024));
        assertThat(before).contains("Thừa Thiên Huế").doesNotContain(">TP Huế<");
        var after = queries.views(java.util.List.of(queries.entity(clusterOf("LHH-HUE", 2025))));
        assertThat(after.getFirst().members()).extracting(m -> m.unit().shortName()).contains("TP Huế").doesNotContain("Thừa Thiên Huế");
        var history = queries.membershipsOf(jdbc.queryForObject("select id from unit where code = 'LHH-HUE'", Long.class));
        assertThat(history).filteredOn(m -> m.cluster().year() == 2023).extracting(m -> m.unit().shortName()).containsOnly("Thừa Thiên Huế");
        assertThat(history).filteredOn(m -> m.cluster().year() == 2025).extracting(m -> m.unit().shortName()).containsOnly("TP Huế");
    }
}
