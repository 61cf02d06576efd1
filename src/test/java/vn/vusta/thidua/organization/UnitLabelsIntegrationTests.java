package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * A merged-away union and its successor with the same name are told apart by their period on every page: unit titles,
 * the units list, cluster members and every drop-down that offers units.
 */
@IntegrationTest
class UnitLabelsIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UnitLabels labels;
    @Autowired UnitCatalog catalog;

    long unitId(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long clusterId(String code, int year) {
        return jdbc.queryForObject("select id from cluster where code = ? and cluster_year = ? and level = 'VUSTA'", Long.class, code, year);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void sharedNamesCarryThePeriodAndOwnNamesStayPlain() {
        assertThat(labels.shortName(catalog.get(unitId("LHH-HPG")))).isEqualTo("TP Hải Phòng (đến 30/06/2025)");
        assertThat(labels.shortName(catalog.get(unitId("LHH-HPG25")))).isEqualTo("TP Hải Phòng (từ 01/07/2025)");
        assertThat(labels.of(catalog.get(unitId("LHH-CTO25")))).isEqualTo("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ (từ 01/07/2025)");
        assertThat(labels.shortName(catalog.get(unitId("LHH-HNI")))).isEqualTo("Hà Nội");
        assertThat(labels.shortName(catalog.get(unitId("LHH-HDG")))).as("no other Hải Dương").isEqualTo("Hải Dương");
    }

    @Test
    void unitPagesHaveDistinctTitles() throws Exception {
        var old = page(get("/units/" + unitId("LHH-DNG")));
        var successor = page(get("/units/" + unitId("LHH-DNG25")));
        assertThat(old.select("h1").text()).endsWith("(đến 30/06/2025)");
        assertThat(successor.select("h1").text()).endsWith("(từ 01/07/2025)");
        assertThat(old.title()).isNotEqualTo(successor.title());
        assertThat(old.select("main").text()).contains("Đã hợp nhất vào Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Đà Nẵng (từ 01/07/2025)");
    }

    @Test
    void theUnitsListAndClusterMembersShowThemApart() throws Exception {
        var names = page(get("/units").param("q", "can tho")).select("#units tbody td a").eachText();
        assertThat(names).containsExactlyInAnyOrder(
                "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ (đến 30/06/2025)",
                "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Cần Thơ (từ 01/07/2025)");
        var cluster = page(get("/clusters/" + clusterId("CUM-02", 2024)));
        assertThat(cluster.select("#members").text()).contains("thành phố Hải Phòng (đến 30/06/2025)");
    }

    @Test
    void dropDownsOfferDistinctOptions() throws Exception {
        var office = user("vanphong.demo").roles("OFFICE");
        for (var path : new String[] {"/admin/clusters/new", "/admin/mergers/new"}) {
            for (var select : page(get(path).with(office)).select("select")) {
                assertThat(select.select("option").eachText()).as("options of %s on %s", select.id(), path).doesNotHaveDuplicates();
            }
        }
        var unionOptions = page(get("/admin/clusters/new").with(office)).select("option").eachText();
        assertThat(unionOptions).contains("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng (đến 30/06/2025)",
                "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng (từ 01/07/2025)");
        var members = page(get("/clusters/" + clusterId("CUM-02", 2025)).with(office)).select("select[name=unitId] option").eachText();
        assertThat(members).doesNotHaveDuplicates();
    }
}
