package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * Member associations (hội thành viên) of a provincial union: its officer registers, renames and ends them (history
 * kept), another union's officer is refused and changes nothing; after the 1 July 2025 merger Hải Dương's associations
 * are held by the new Hải Phòng, whose officer keeps them from that day.
 */
@IntegrationTest
@Transactional
class MemberAssociationIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired UnitLabels labels;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    void today(String date) { clock.setInstant(Instant.parse(date + "T03:00:00Z")); }

    static RequestPostProcessor as(String username) { return user(username); }

    /** The officer of today's Hải Phòng union (formed on 1 July 2025 from Hải Phòng and Hải Dương). */
    @BeforeEach
    void officerOfTheNewHaiPhong() {
        jdbc.update("insert into account (username, display_name, password_hash, unit_id) values ('haiphong25.test', 'Cán bộ LHH Hải Phòng', 'x', ?)",
                unit("LHH-HPG25"));
        jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = 'haiphong25.test'");
    }

    @AfterEach
    void realTime() { clock.reset(); }

    Map<String, Object> row(String name) { return jdbc.queryForMap("select * from unit where name = ? order by id desc limit 1", name); }

    long audited(String action, long id) {
        return jdbc.queryForObject("select count(*) from (select action, entity_id from audit_journal union all "
                + "select action, entity_id from audit_entry) a where action = ? and entity_id = ?", Long.class, action, String.valueOf(id));
    }

    long create(String union, String name, String shortName, String by) throws Exception {
        mvc.perform(post("/units/{id}/associations/new", unit(union)).with(as(by)).with(csrf())
                .param("name", name).param("shortName", shortName).param("validFrom", "2010-01-01"))
                .andExpect(status().is3xxRedirection());
        return ((Number) row(name).get("id")).longValue();
    }

    @Test
    void aUnionsOfficerRegistersRenamesAndEndsItsAssociationAndHistoryStays() throws Exception {
        today("2026-03-02");
        long id = create("LHH-HPG25", "Hội Tin học thành phố Hải Phòng", "Hội Tin học", "haiphong25.test");
        var created = row("Hội Tin học thành phố Hải Phòng");
        assertThat(created.get("type")).isEqualTo("MEMBER_ASSOCIATION");
        assertThat(((Number) created.get("owner_unit_id")).longValue()).isEqualTo(unit("LHH-HPG25"));
        assertThat((String) created.get("code")).startsWith("LHH-HPG25-H");
        assertThat(audited("MEMBER_ASSOCIATION_CREATED", id)).isEqualTo(1);

        mvc.perform(post("/units/{id}/edit", id).with(as("haiphong25.test")).with(csrf()).param("version", "0")
                .param("name", "Hội Tin học Hải Phòng").param("shortName", "Hội Tin học").param("validFrom", "2011-05-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, id)).isEqualTo("Hội Tin học Hải Phòng");

        mvc.perform(post("/units/{id}/end", id).with(as("haiphong25.test")).with(csrf()).param("version", "1").param("lastDay", "2026-02-28"))
                .andExpect(flash().attributeExists("success"));
        var ended = jdbc.queryForMap("select status, valid_to from unit where id = ?", id);
        assertThat(ended.get("status")).isEqualTo("DISSOLVED");
        assertThat(ended.get("valid_to").toString()).isEqualTo("2026-02-28");
        assertThat(audited("MEMBER_ASSOCIATION_ENDED", id)).isEqualTo(1);
        // still listed on the union's page, as ended
        var page = mvc.perform(get("/units/{id}/associations", unit("LHH-HPG25"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hội Tin học Hải Phòng").contains("Đã giải thể");
    }

    @Test
    void anotherUnionsOfficerIsRefusedAndChangesNothing() throws Exception {
        today("2026-03-02");
        long id = create("LHH-HPG25", "Hội Y học thành phố Hải Phòng", "Hội Y học", "vanphong.demo");
        long before = jdbc.queryForObject("select count(*) from unit", Long.class);
        mvc.perform(post("/units/{id}/associations/new", unit("LHH-HPG25")).with(as("hanoi.demo")).with(csrf())
                .param("name", "Hội lạ").param("shortName", "Hội lạ")).andExpect(status().isForbidden());
        mvc.perform(post("/units/{id}/end", id).with(as("hanoi.demo")).with(csrf()).param("version", "0").param("lastDay", "2026-02-28"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{id}/edit", id).with(as("hanoi.demo")).with(csrf()).param("version", "0").param("name", "Đổi")
                .param("shortName", "Đổi")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForMap("select name, status from unit where id = ?", id))
                .containsEntry("name", "Hội Y học thành phố Hải Phòng").containsEntry("status", "ACTIVE");
    }

    @Test
    void theSecondWriterGetsAClearMessageAndLosesNothing() throws Exception {
        today("2026-03-02");
        long id = create("LHH-HPG25", "Hội Hóa học thành phố Hải Phòng", "Hội Hóa học", "haiphong25.test");
        mvc.perform(post("/units/{id}/edit", id).with(as("vanphong.demo")).with(csrf()).param("version", "0").param("code", "x")
                .param("name", "Hội Hóa học Hải Phòng").param("shortName", "Hội Hóa học").param("type", "MEMBER_ASSOCIATION")
                .param("province", "Hải Phòng").param("status", "ACTIVE").param("validFrom", "2010-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/{id}/end", id).with(as("haiphong25.test")).with(csrf()).param("version", "0").param("lastDay", "2026-02-28"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("người khác thay đổi")));
        assertThat(jdbc.queryForMap("select name, status from unit where id = ?", id))
                .containsEntry("name", "Hội Hóa học Hải Phòng").containsEntry("status", "ACTIVE");
    }

    @Test
    void theOfficeCannotTurnAUnitIntoAnAssociationByTheGeneralForm() throws Exception {
        var html = mvc.perform(post("/admin/units/new").with(as("vanphong.demo")).with(csrf()).param("code", "HOI-LAC")
                .param("name", "Hội lạc chỗ").param("shortName", "Hội lạc chỗ").param("type", "MEMBER_ASSOCIATION").param("status", "ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("được thêm từ trang của Liên hiệp Hội");
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'HOI-LAC'", Long.class)).isZero();
    }

    @Test
    void sameNamedAssociationsOfDifferentProvincesAreToldApartByTheirUnion() throws Exception {
        today("2026-03-02");
        long hp = create("LHH-HPG25", "Hội Tin học", "Hội Tin học", "vanphong.demo");
        long hn = create("LHH-HNI", "Hội Tin học", "Hội Tin học", "vanphong.demo");
        labels.reload();
        assertThat(labels.of(hp, "Hội Tin học")).isEqualTo("Hội Tin học – LHH TP Hải Phòng (từ 01/07/2025)");
        assertThat(labels.of(hn, "Hội Tin học")).isEqualTo("Hội Tin học – LHH Hà Nội");
    }

    @Test
    void haiDuongsAssociationsPassToTheNewHaiPhongOnTheMergerDate() throws Exception {
        today("2025-03-02");
        long id = create("LHH-HDG", "Hội Y học tỉnh Hải Dương", "Hội Y học", "haiduong.demo");
        // before the merger: Hải Dương's officer keeps it, the new Hải Phòng does not exist yet
        mvc.perform(get("/units/{id}/edit", id).with(as("haiduong.demo"))).andExpect(status().isOk());
        mvc.perform(get("/units/{id}/edit", id).with(as("haiphong25.test"))).andExpect(status().isForbidden());

        today("2025-07-01");
        mvc.perform(get("/units/{id}/edit", id).with(as("haiduong.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}/edit", id).with(as("haiphong25.test"))).andExpect(status().isOk());
        mvc.perform(post("/units/{id}/associations/new", unit("LHH-HDG")).with(as("haiduong.demo")).with(csrf())
                .param("name", "Hội mới sau hợp nhất").param("shortName", "Hội mới")).andExpect(status().isForbidden());

        // the successor's page lists it, saying where it came from; the old union's register stays as it was
        var successor = mvc.perform(get("/units/{id}/associations", unit("LHH-HPG25"))).andReturn().getResponse().getContentAsString();
        assertThat(successor).contains("Hội Y học tỉnh Hải Dương").contains("chuyển sang từ ngày 01/07/2025");
        var own = mvc.perform(get("/units/{id}/associations", unit("LHH-HDG"))).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("Hội Y học tỉnh Hải Dương");
        var detail = mvc.perform(get("/units/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"association-holder\"").contains("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng");
        assertThat(jdbc.queryForObject("select owner_unit_id from unit where id = ?", Long.class, id)).isEqualTo(unit("LHH-HDG"));
        // the API filter by union follows the lineage too
        var api = mvc.perform(get("/api/v1/units").param("owner", String.valueOf(unit("LHH-HPG25"))).param("date", "2025-07-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("Hội Y học tỉnh Hải Dương").contains("\"ownerUnitId\":" + unit("LHH-HDG"));
    }

    @Test
    void theUnionPageShowsItsAssociationsPagedAndSearchable() throws Exception {
        today("2026-03-02");
        for (int i = 1; i <= 30; i++) create("LHH-HNI", "Hội thử số " + i + " Hà Nội", "Hội thử " + i, "vanphong.demo");
        var first = mvc.perform(get("/units/{id}/associations", unit("LHH-HNI"))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("30 hội thành viên").contains("rel=\"next\"");
        var found = mvc.perform(get("/units/{id}/associations", unit("LHH-HNI")).param("q", "hoi thu so 17"))
                .andReturn().getResponse().getContentAsString();
        assertThat(found).contains("Hội thử số 17 Hà Nội").doesNotContain("Hội thử số 16 Hà Nội");
        var list = mvc.perform(get("/units").param("owner", String.valueOf(unit("LHH-HNI"))).param("type", "MEMBER_ASSOCIATION"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("30 đơn vị").contains("id=\"owner-filter\"");
    }

    @Test
    void theSystemAdminBindsAnOfficerAccountToAMemberAssociation() throws Exception {
        today("2026-03-02");
        long id = create("LHH-HPG25", "Hội Dược học thành phố Hải Phòng", "Hội Dược học", "haiphong25.test");
        var form = mvc.perform(get("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Hội Dược học thành phố Hải Phòng");
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                .param("username", "hoiduoc.hp").param("displayName", "Cán bộ Hội Dược học Hải Phòng").param("roles", "UNIT_OFFICER")
                .param("unitId", String.valueOf(id)).param("enabled", "true").param("password", "mat-khau-hoi-duoc-2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select unit_id from account where username = 'hoiduoc.hp'", Long.class)).isEqualTo(id);
        // the association's own officer keeps its contact details; ending it stays with the union
        mvc.perform(get("/units/{id}/edit", id).with(as("hoiduoc.hp"))).andExpect(status().isOk());
        mvc.perform(post("/units/{id}/end", id).with(as("hoiduoc.hp")).with(csrf()).param("version", "0").param("lastDay", "2026-02-28"))
                .andExpect(status().isForbidden());
    }
}
