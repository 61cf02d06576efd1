package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** Role and unit scope, by URL and by API, failing closed; CSRF; lockout. */
@IntegrationTest
@Transactional
class AccessIntegrationTests {
    static final String DEMO = "demo-2026!";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long version(String code) { return jdbc.queryForObject("select version from unit where code = ?", Long.class, code); }

    @Test
    void publishedDataIsOpenEverythingElseNeedsLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Cụm thi đua năm")));
        mvc.perform(get("/api/v1/clusters").param("year", "2022")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/" + unit("LHH-HNI") + "/accounts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/clusters/999999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy cụm, khối thi đua yêu cầu.")))
                .andExpect(content().string(not(containsString("999999"))));
        mvc.perform(get("/clusters/abc")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang hoặc dữ liệu yêu cầu.")));
        mvc.perform(get("/units/" + unit("LHH-HNI") + "/edit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUnitOfficerCannotOpenAdminPages() throws Exception {
        var officer = user("haiphong.demo").roles("UNIT_OFFICER");
        for (var url : new String[] {"/admin/accounts", "/admin/audit", "/admin/regrouping", "/admin/units/new"}) {
            mvc.perform(get(url).with(officer)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("haiphong.demo", DEMO))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitOfficerWorksOnItsOwnUnitOnly_byUrl() throws Exception {
        long own = unit("LHH-HPG");
        long other = unit("LHH-HDG");
        var officer = user("haiphong.demo").roles("UNIT_OFFICER");
        mvc.perform(get("/units/" + own + "/edit").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/units/" + other + "/edit").with(officer)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền")));
        mvc.perform(get("/units/" + other + "/accounts").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/units/" + other + "/edit").with(officer).with(csrf())
                        .param("version", String.valueOf(version("LHH-HDG"))).param("phone", "0225 000 000"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, other)).isNull();
        mvc.perform(post("/units/" + own + "/edit").with(officer).with(csrf())
                        .param("version", String.valueOf(version("LHH-HPG"))).param("phone", "0225 3 123 456")
                        .param("name", "đổi tên trái phép"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/units/" + own));
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, own)).isEqualTo("0225 3 123 456");
        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, own))
                .as("an officer edits contact details only").isEqualTo("Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng");
    }

    @Test
    void aUnitOfficerWorksOnItsOwnUnitOnly_byApi() throws Exception {
        long own = unit("LHH-HPG");
        long other = unit("LHH-HDG");
        mvc.perform(get("/api/v1/units/" + other + "/accounts").with(httpBasic("haiphong.demo", DEMO))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền thực hiện việc này hoặc xem dữ liệu này."));
        mvc.perform(get("/api/v1/units/" + own + "/accounts").with(httpBasic("haiphong.demo", DEMO))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value("haiphong.demo"));
        mvc.perform(put("/api/v1/units/" + other + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version("LHH-HDG") + ",\"phone\":\"0220 111 111\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, other)).isNull();
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version("LHH-HPG") + ",\"phone\":\"0225 3 999 999\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.phone").value("0225 3 999 999"));
    }

    @Test
    void aStaleEditGetsAConflictAndTheFirstSaveSurvives() throws Exception {
        long own = unit("LHH-HPG");
        long v = version("LHH-HPG");
        var basic = httpBasic("haiphong.demo", DEMO);
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(basic).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + v + ",\"phone\":\"0225 1 111 111\"}")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v + ",\"phone\":\"0225 2 222 222\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("vừa được người khác thay đổi")));
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, own)).isEqualTo("0225 1 111 111");
    }

    @Test
    void badInputIsRefusedInVietnameseAndChangesNothing() throws Exception {
        long own = unit("LHH-HPG");
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version("LHH-HPG") + ",\"email\":\"không-phải-email\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("Địa chỉ thư điện tử không hợp lệ.")));
        assertThat(jdbc.queryForObject("select email from unit where id = ?", String.class, own)).isNull();
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": \"không phải số\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("không phải JSON hợp lệ")));
        mvc.perform(post("/units/" + own + "/edit").with(user("haiphong.demo").roles("UNIT_OFFICER")).with(csrf())
                        .param("version", String.valueOf(version("LHH-HPG"))).param("validFrom", "31/02/2025").param("phone", "0225 9 999 999"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"validFrom-error\"")))
                .andExpect(content().string(containsString("Ngày không đúng định dạng (ngày/tháng/năm).")));
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, own)).isNull();
        mvc.perform(get("/api/v1/units").param("date", "hôm qua")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Giá trị “ngày” trong địa chỉ không hợp lệ."));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        long own = unit("LHH-HPG");
        mvc.perform(post("/units/" + own + "/edit").with(user("haiphong.demo").roles("UNIT_OFFICER"))
                .param("version", String.valueOf(version("LHH-HPG"))).param("phone", "0225 000 000")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select phone from unit where id = ?", String.class, own)).isNull();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        mvc.perform(formLogin("/login").user("haiduong.demo").password(DEMO)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("haiduong.demo").password("sai-mat-khau")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("haiduong.demo").password(DEMO))
                .andExpect(redirectedUrl("/login?error")); // locked: the same answer as a wrong password
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("tài khoản tạm khóa một thời gian")))
                // one message for wrong, locked and disabled: it promises no time, which would be untrue for a disabled account
                .andExpect(content().string(not(containsString("15 phút"))));
        assertThat(jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all select action, summary, entity_id from audit_entry) audit where action = 'ACCOUNT_LOCKED' and summary like '%haiduong.demo%'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void headRightsAreDerivedFromTheClustersTheUnitHeads() throws Exception {
        mvc.perform(get("/account/clusters").with(user("haiphong.demo").roles("UNIT_OFFICER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cụm thi đua số 2 – 2024")))
                .andExpect(content().string(containsString("quyền cụm trưởng năm 2024; ghi nhận cụm trưởng năm 2025")));
        // the new Cần Thơ carries on Sóc Trăng, Cụm 9's head in 2024 (issue 6 §1)
        mvc.perform(get("/account/clusters").with(user("cantho.demo").roles("UNIT_OFFICER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cụm thi đua số 9 – Nam Sông Hậu – 2024")))
                .andExpect(content().string(containsString("Cụm trưởng (Sóc Trăng)")));
        mvc.perform(get("/account/clusters").with(user("uyvien.demo").roles("COUNCIL_MEMBER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("chưa làm cụm trưởng hay cụm phó")));
    }

    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED) // real requests, real commits
    void aDisabledAccountLosesItsSessionAndADemotedOneItsRights() throws Exception {
        try {
            sessionsFollowAccountChanges();
        } finally {
            jdbc.update("update account set enabled = true where username = 'haiduong.demo'");
            jdbc.update("delete from account_role where account_id = (select id from account where username = 'vanphong.demo')");
            jdbc.update("insert into account_role (account_id, role) select id, 'OFFICE' from account where username = 'vanphong.demo'");
        }
    }

    private void sessionsFollowAccountChanges() throws Exception {
        var officer = mvc.perform(formLogin("/login").user("haiduong.demo").password(DEMO)).andReturn();
        var session = officer.getResponse().getCookie("SESSION");
        assertThat(session).as("the session lives in the database and travels as the SESSION cookie").isNotNull();
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        jdbc.update("update account set enabled = false where username = 'haiduong.demo'");
        mvc.perform(get("/account").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        var admin = mvc.perform(formLogin("/login").user("vanphong.demo").password(DEMO)).andReturn();
        var adminSession = admin.getResponse().getCookie("SESSION");
        mvc.perform(get("/admin/regrouping").cookie(adminSession)).andExpect(status().isOk());
        jdbc.update("update account_role set role = 'COUNCIL_MEMBER' where role = 'OFFICE' and account_id = (select id from account where username = 'vanphong.demo')");
        mvc.perform(get("/admin/regrouping").cookie(adminSession)).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerChangesTheirPasswordOnlyWithTheCurrentOne() throws Exception {
        var officer = user("haiduong.demo").roles("UNIT_OFFICER");
        mvc.perform(post("/account/password").with(officer).with(csrf()).param("current", "sai").param("next", "mat-khau-moi-2026")
                .param("confirm", "mat-khau-moi-2026")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password").with(officer).with(csrf()).param("current", DEMO).param("next", "ngan")
                .param("confirm", "ngan")).andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        mvc.perform(formLogin("/login").user("haiduong.demo").password(DEMO)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/password").with(officer).with(csrf()).param("current", DEMO).param("next", "mat-khau-moi-2026")
                .param("confirm", "mat-khau-moi-2026")).andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/login").user("haiduong.demo").password(DEMO)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("haiduong.demo").password("mat-khau-moi-2026")).andExpect(redirectedUrl("/"));
    }

}
