package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** The account form as a browser submits it: unticked boxes send nothing, units may have ended. */
@IntegrationTest
@Transactional
class AccountFormIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long id(String username) { return jdbc.queryForObject("select id from account where username = ?", Long.class, username); }

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    /**
     * The edit form of an account as a browser submits it after the given changes (name, value pairs): fields as the
     * page shows them, checked boxes only (so "enabled" only when given).
     */
    MockHttpServletRequestBuilder unchanged(String username, String... changes) {
        var a = jdbc.queryForMap("select id, version, display_name, unit_id from account where username = ?", username);
        var roles = jdbc.queryForList("select role from account_role where account_id = ?", String.class, a.get("id"));
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("version", String.valueOf(a.get("version")));
        fields.put("username", username);
        fields.put("displayName", (String) a.get("display_name"));
        fields.put("email", "");
        fields.put("unitId", a.get("unit_id") == null ? "" : String.valueOf(a.get("unit_id")));
        fields.put("password", "");
        for (int i = 0; i < changes.length; i += 2) fields.put(changes[i], changes[i + 1]);
        var request = post("/admin/accounts/" + a.get("id")).with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                .param("roles", roles.toArray(String[]::new));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theAdministratorDisablesAnAccountByUntickingTheBox() throws Exception {
        mvc.perform(unchanged("uyvien.demo")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.queryForObject("select enabled from account where username = 'uyvien.demo'", Boolean.class)).isFalse();
        mvc.perform(unchanged("uyvien.demo", "enabled", "true")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.queryForObject("select enabled from account where username = 'uyvien.demo'", Boolean.class)).isTrue();
    }

    @Test
    void anAccountCanBeCreatedDisabled() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                .param("username", "chua.dung").param("displayName", "Chưa dùng").param("roles", "COUNCIL_MEMBER")
                .param("password", "mat-khau-dai-2026")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.queryForObject("select enabled from account where username = 'chua.dung'", Boolean.class)).isFalse();
    }

    @Test
    void anAccountOfAMergedAwayUnitCanStillBeEditedAndDisabled() throws Exception {
        long oldHaiPhong = unit("LHH-HPG");
        mvc.perform(get("/admin/accounts/" + id("haiphong.demo")).with(user("quantri.demo").roles("SYSTEM_ADMIN")))
                .andExpect(content().string(containsString("value=\"" + oldHaiPhong + "\" selected")))
                .andExpect(content().string(containsString("đơn vị đã kết thúc hoạt động")));
        mvc.perform(unchanged("haiphong.demo", "enabled", "true")).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(unchanged("haiphong.demo")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.queryForObject("select enabled from account where username = 'haiphong.demo'", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select unit_id from account where username = 'haiphong.demo'", Long.class)).isEqualTo(oldHaiPhong);
    }

    @Test
    void noAccountIsNewlyBoundToAUnitThatHasEnded() throws Exception {
        mvc.perform(unchanged("cantho.demo", "enabled", "true", "unitId", String.valueOf(unit("LHH-HDG"))))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("đã kết thúc hoạt động; hãy chọn đơn vị đang hoạt động")));
        assertThat(jdbc.queryForObject("select unit_id from account where username = 'cantho.demo'", Long.class)).isEqualTo(unit("LHH-CTO25"));
    }

    @Test
    void theEmailIsChecked() throws Exception {
        mvc.perform(unchanged("uyvien.demo", "enabled", "true", "email", "không phải thư"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")));
        mvc.perform(unchanged("uyvien.demo", "enabled", "true", "email", "a".repeat(115) + "@vusta.vn"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")));
        assertThat(jdbc.queryForObject("select email from account where username = 'uyvien.demo'", String.class)).isNull();
        mvc.perform(unchanged("uyvien.demo", "enabled", "true", "email", "uyvien@vusta.vn")).andExpect(redirectedUrl("/admin/accounts"));
        assertThat(jdbc.queryForObject("select email from account where username = 'uyvien.demo'", String.class)).isEqualTo("uyvien@vusta.vn");
    }

    @Test
    void aStaleFormGetsAConflictAndChangesNothing() throws Exception {
        var stale = unchanged("thuky.demo", "enabled", "true", "displayName", "Thư ký (cũ)");
        mvc.perform(unchanged("thuky.demo", "enabled", "true", "displayName", "Thư ký (đổi)")).andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(stale).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select display_name from account where username = 'thuky.demo'", String.class)).isEqualTo("Thư ký (đổi)");
    }
}
