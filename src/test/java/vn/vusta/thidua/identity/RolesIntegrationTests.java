package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** Several roles per account, named from the glossary; account administration apart from the office's work. */
@IntegrationTest
@Transactional
class RolesIntegrationTests {
    static final String DEMO = "demo-2026!";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    List<String> roles(String username) {
        return jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id where a.username = ? order by r.role",
                String.class, username);
    }

    @Test
    void theSystemAdministratorManagesAccountsAndTheOfficeDoesTheEmulationWork() throws Exception {
        var systemAdmin = user("quantri.demo").roles("SYSTEM_ADMIN");
        mvc.perform(get("/admin/accounts").with(systemAdmin)).andExpect(status().isOk());
        for (var url : new String[] {"/admin/regrouping", "/admin/audit", "/admin/units/new", "/admin/mergers/new"}) {
            mvc.perform(get(url).with(systemAdmin)).andExpect(status().isForbidden());
        }
        var office = user("vanphong.demo").roles("OFFICE");
        mvc.perform(get("/admin/regrouping").with(office)).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(office)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts/new").with(office)).andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorIsRefusedByTheServiceEvenPastTheUrlRules() throws Exception {
        // the URL rule lets an account claiming SYSTEM_ADMIN through; the account as stored is the office only
        mvc.perform(get("/admin/accounts").with(user("vanphong.demo").roles("SYSTEM_ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void anAccountHoldsSeveralRolesAndActsForOneUnit() throws Exception {
        long hanoi = unit("LHH-HNI");
        assertThat(roles("hanoi.demo")).containsExactly("COUNCIL_MEMBER", "UNIT_OFFICER");
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("username", "hue.uyvien").param("displayName", "Cán bộ Huế, ủy viên Hội đồng")
                        .param("roles", "UNIT_OFFICER", "COUNCIL_MEMBER").param("unitId", String.valueOf(unit("LHH-HUE")))
                        .param("enabled", "true").param("password", "mat-khau-dai-2026"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(roles("hue.uyvien")).containsExactly("COUNCIL_MEMBER", "UNIT_OFFICER");
        // both roles work for the same login: its own unit as an officer, and nothing of another unit
        var officer = user("hanoi.demo").roles("UNIT_OFFICER", "COUNCIL_MEMBER");
        mvc.perform(get("/units/" + hanoi + "/edit").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/units/" + unit("LHH-HPG25") + "/edit").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/account").with(officer)).andExpect(content().string(containsString("Ủy viên Hội đồng TĐKT")))
                .andExpect(content().string(containsString("Cán bộ TĐKT của đơn vị")));
    }

    @Test
    void theFormShowsRolesAsCheckboxes() throws Exception {
        long id = jdbc.queryForObject("select id from account where username = 'hanoi.demo'", Long.class);
        mvc.perform(get("/admin/accounts/" + id).with(user("quantri.demo").roles("SYSTEM_ADMIN")))
                .andExpect(content().string(containsString("type=\"checkbox\" name=\"roles\" id=\"role-COUNCIL_MEMBER\" value=\"COUNCIL_MEMBER\" checked")))
                .andExpect(content().string(containsString("type=\"checkbox\" name=\"roles\" id=\"role-OFFICE\" value=\"OFFICE\">")));
    }

    @Test
    void aUnitOfficerNeedsAUnitAndAnAccountAtLeastOneRole() throws Exception {
        var systemAdmin = user("quantri.demo").roles("SYSTEM_ADMIN");
        mvc.perform(post("/admin/accounts/new").with(systemAdmin).with(csrf()).param("username", "khong.donvi")
                        .param("displayName", "Không đơn vị").param("roles", "UNIT_OFFICER", "COUNCIL_MEMBER")
                        .param("enabled", "true").param("password", "mat-khau-dai-2026"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Cán bộ đơn vị phải gắn với một đơn vị.")));
        mvc.perform(post("/admin/accounts/new").with(systemAdmin).with(csrf()).param("username", "khong.vaitro")
                        .param("displayName", "Không vai trò").param("enabled", "true").param("password", "mat-khau-dai-2026"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Hãy chọn ít nhất một vai trò.")));
        assertThat(jdbc.queryForObject("select count(*) from account where username in ('khong.donvi', 'khong.vaitro')", Long.class)).isZero();
    }

    @Test
    void aCouncilMemberWithoutAUnitIsBoundToNone() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("username", "thuky.moi").param("displayName", "Thư ký mới")
                        .param("roles", "COUNCIL_SECRETARY").param("unitId", String.valueOf(unit("LHH-HNI")))
                        .param("enabled", "true").param("password", "mat-khau-dai-2026"))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select unit_id from account where username = 'thuky.moi'", Long.class))
                .as("only a unit officer acts for a unit").isNull();
    }

    @Test
    void theSystemAdministratorCannotDropTheirOwnRole() throws Exception {
        long id = jdbc.queryForObject("select id from account where username = 'quantri.demo'", Long.class);
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
        mvc.perform(post("/admin/accounts/" + id).with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                        .param("version", String.valueOf(version)).param("username", "quantri.demo")
                        .param("displayName", "Quản trị").param("roles", "OFFICE").param("enabled", "true"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Bạn không thể tự bỏ vai trò quản trị hệ thống")));
        assertThat(roles("quantri.demo")).containsExactly("SYSTEM_ADMIN");
    }

    @Test
    void demoAccountsCoverEveryRole() throws Exception {
        assertThat(roles("vanphong.demo")).containsExactly("OFFICE");
        assertThat(roles("quantri.demo")).containsExactly("SYSTEM_ADMIN");
        assertThat(jdbc.queryForList("select distinct role from account_role", String.class))
                .containsExactlyInAnyOrder("OFFICE", "SYSTEM_ADMIN", "COUNCIL_STANDING", "COUNCIL_SECRETARY", "COUNCIL_MEMBER",
                        "PRESIDIUM_MEMBER", "UNIT_OFFICER");
        mvc.perform(formLogin("/login").user("quantri.demo").password(DEMO)).andExpect(redirectedUrl("/"));
    }
}
