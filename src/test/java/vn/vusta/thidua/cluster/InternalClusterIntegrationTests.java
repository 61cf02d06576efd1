package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * A provincial union's officer keeps its internal clusters (create for a year, rename, members chosen from its own
 * associations, head and deputy); another union's officer is refused. After the merger the new Hải Phòng keeps Hải
 * Dương's 2025 internal cluster and may put Hải Dương's associations in its own clusters.
 */
@IntegrationTest
@Transactional
class InternalClusterIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long version(long cluster) { return jdbc.queryForObject("select version from cluster where id = ?", Long.class, cluster); }

    void today(String date) { clock.setInstant(Instant.parse(date + "T03:00:00Z")); }

    long association(String code, String union, String name) {
        jdbc.update("""
                insert into unit (code, name, short_name, type, province, status, valid_from, owner_unit_id)
                values (?, ?, ?, 'MEMBER_ASSOCIATION', null, 'ACTIVE', DATE '2015-01-01', ?)""", code, name, name, unit(union));
        return unit(code);
    }

    @BeforeEach
    void associations() {
        jdbc.update("insert into account (username, display_name, password_hash, unit_id) values ('haiphong25.test', 'Cán bộ LHH Hải Phòng', 'x', ?)",
                unit("LHH-HPG25"));
        jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = 'haiphong25.test'");
        association("T-HP-1", "LHH-HPG25", "Hội Tin học Hải Phòng");
        association("T-HP-2", "LHH-HPG25", "Hội Y học Hải Phòng");
        association("T-HD-1", "LHH-HDG", "Hội Cơ khí Hải Dương");
        association("T-HN-1", "LHH-HNI", "Hội Tin học Hà Nội");
    }

    @AfterEach
    void realTime() { clock.reset(); }

    long createAs(String username, String union, String code, int year) throws Exception {
        mvc.perform(post("/units/{id}/clusters/new", unit(union)).with(user(username)).with(csrf())
                .param("code", code).param("year", String.valueOf(year)).param("name", "Cụm thi đua số 1"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from cluster where code = upper(?) and owner_unit_id = ? and cluster_year = ?", Long.class,
                code, unit(union), year);
    }

    @Test
    void theUnionsOfficerCreatesRenamesFillsAndLeadsItsInternalCluster() throws Exception {
        today("2026-03-02");
        long id = createAs("haiphong25.test", "LHH-HPG25", "cum-01", 2026);
        assertThat(jdbc.queryForMap("select level, kind, code from cluster where id = ?", id))
                .containsEntry("level", "PROVINCIAL").containsEntry("kind", "CLUSTER").containsEntry("code", "CUM-01");
        var page = mvc.perform(get("/clusters/{id}", id).with(user("haiphong25.test"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"add-member\"").contains("Hội Tin học Hải Phòng").contains("Hội Cơ khí Hải Dương")
                .doesNotContain("Hội Tin học Hà Nội");

        for (var member : new String[] {"T-HP-1", "T-HP-2", "T-HD-1"}) {
            mvc.perform(post("/clusters/{id}/members", id).with(user("haiphong25.test")).with(csrf())
                    .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unit(member))))
                    .andExpect(flash().attributeExists("success"));
        }
        mvc.perform(post("/clusters/{id}/members", id).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unit("T-HN-1"))))
                .andExpect(flash().attribute("error", Matchers.containsString("không phải hội thành viên của Liên hiệp Hội TP Hải Phòng")));
        mvc.perform(post("/clusters/{id}/members", id).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unit("LHH-HNI"))))
                .andExpect(flash().attribute("error", Matchers.containsString("không phải hội thành viên")));
        mvc.perform(post("/clusters/{id}/members/{u}/remove", id, unit("T-HP-2")).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(flash().attributeExists("success"));
        mvc.perform(post("/clusters/{id}/details", id).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id))).param("name", "Cụm các hội khoa học"))
                .andExpect(flash().attributeExists("success"));
        var leadership = mvc.perform(get("/clusters/{id}/leadership", id).with(user("haiphong25.test")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leadership).contains("Hội Cơ khí Hải Dương");
        mvc.perform(post("/clusters/{id}/leadership", id).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id))).param("headUnitId", String.valueOf(unit("T-HD-1")))
                .param("deputyUnitId", String.valueOf(unit("T-HP-1"))).param("date", "2026-01-15").param("reference", "Biên bản họp cụm"))
                .andExpect(status().is3xxRedirection());

        var cluster = jdbc.queryForMap("select name, head_unit_id, deputy_unit_id from cluster where id = ?", id);
        assertThat(cluster).containsEntry("name", "Cụm các hội khoa học").containsEntry("head_unit_id", unit("T-HD-1"))
                .containsEntry("deputy_unit_id", unit("T-HP-1"));
        assertThat(jdbc.queryForList("select unit_id from cluster_member where cluster_id = ? order by unit_id", Long.class, id))
                .containsExactlyInAnyOrder(unit("T-HP-1"), unit("T-HD-1"));
    }

    @Test
    void anotherUnionsOfficerIsRefusedAndChangesNothing() throws Exception {
        today("2026-03-02");
        long id = createAs("haiphong25.test", "LHH-HPG25", "CUM-02", 2026);
        long v = version(id);
        mvc.perform(post("/units/{id}/clusters/new", unit("LHH-HPG25")).with(user("hanoi.demo")).with(csrf())
                .param("code", "CUM-09").param("year", "2026").param("name", "Cụm lạ")).andExpect(status().isForbidden());
        mvc.perform(post("/clusters/{id}/members", id).with(user("hanoi.demo")).with(csrf())
                .param("version", String.valueOf(v)).param("unitId", String.valueOf(unit("T-HP-1")))).andExpect(status().isForbidden());
        mvc.perform(post("/clusters/{id}/details", id).with(user("hanoi.demo")).with(csrf())
                .param("version", String.valueOf(v)).param("name", "Đổi tên")).andExpect(status().isForbidden());
        assertThat(version(id)).isEqualTo(v);
        assertThat(jdbc.queryForObject("select count(*) from cluster_member where cluster_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cluster where code = 'CUM-09' and level = 'PROVINCIAL'", Long.class)).isZero();
        // and a union's officer cannot touch VUSTA's own clusters
        long cum2 = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and level = 'VUSTA' and cluster_year = 2025", Long.class);
        mvc.perform(post("/clusters/{id}/details", cum2).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(cum2))).param("name", "Đổi tên")).andExpect(status().isForbidden());
    }

    @Test
    void theNewHaiPhongKeepsHaiDuongsInternalClusterFromTheMergerDate() throws Exception {
        today("2025-03-02");
        long id = createAs("haiduong.demo", "LHH-HDG", "CUM-01", 2025);
        mvc.perform(post("/clusters/{id}/members", id).with(user("haiduong.demo")).with(csrf())
                .param("version", String.valueOf(version(id))).param("unitId", String.valueOf(unit("T-HD-1"))))
                .andExpect(flash().attributeExists("success"));
        today("2025-07-01");
        mvc.perform(post("/clusters/{id}/details", id).with(user("haiduong.demo")).with(csrf())
                .param("version", String.valueOf(version(id))).param("name", "Đổi tên")).andExpect(status().isForbidden());
        mvc.perform(post("/clusters/{id}/details", id).with(user("haiphong25.test")).with(csrf())
                .param("version", String.valueOf(version(id))).param("name", "Cụm 1 (Hải Dương cũ)"))
                .andExpect(flash().attributeExists("success"));
        assertThat(jdbc.queryForObject("select owner_unit_id from cluster where id = ?", Long.class, id)).isEqualTo(unit("LHH-HDG"));
    }
}
