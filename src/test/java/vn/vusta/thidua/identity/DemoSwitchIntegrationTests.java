package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.support.IntegrationTest;

/** Demo accounts (published password) live only while the demo switch is on, and never on a database with real data. */
@IntegrationTest
@Transactional
class DemoSwitchIntegrationTests {
    static final String DEMO = "demo-2026!";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ConfigurableEnvironment environment;
    @Autowired Accounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired UnitDirectory units;
    @Autowired AuditTrail audit;

    DemoAccounts demoAccounts(boolean on) {
        var env = new MockEnvironment().withProperty(DemoSwitch.PROPERTY, String.valueOf(on));
        return new DemoAccounts(accounts, encoder, units, audit, new DemoSwitch(env), "admin");
    }

    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED) // a real session
    void theMomentTheSwitchIsOffDemoAccountsAreRefusedAndLoseTheirSessions() throws Exception {
        var session = mvc.perform(formLogin("/login").user("vanphong.demo").password(DEMO)).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/admin/regrouping").cookie(session)).andExpect(status().isOk());
        var off = new MapPropertySource("demo-off", Map.of(DemoSwitch.PROPERTY, "false"));
        environment.getPropertySources().addFirst(off);
        try {
            mvc.perform(formLogin("/login").user("vanphong.demo").password(DEMO)).andExpect(redirectedUrl("/login?error"));
            mvc.perform(get("/api/v1/units/1/accounts").with(httpBasic("vanphong.demo", DEMO))).andExpect(status().isUnauthorized());
            mvc.perform(get("/admin/regrouping").cookie(session))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(formLogin("/login").user("admin").password("admin-test-password-1")).andExpect(redirectedUrl("/"));
        } finally {
            environment.getPropertySources().remove("demo-off");
            jdbc.update("delete from spring_session where principal_name in ('vanphong.demo', 'admin')");
        }
        mvc.perform(formLogin("/login").user("vanphong.demo").password(DEMO)).andExpect(redirectedUrl("/"));
    }

    @Test
    void withTheSwitchOffStartupDisablesEveryDemoAccountAndAuditsIt() {
        long demo = jdbc.queryForObject("select count(*) from account where demo", Long.class);
        assertThat(demo).isGreaterThanOrEqualTo(DemoAccounts.ACCOUNTS.size());
        demoAccounts(false).run(null);
        accounts.flush();
        assertThat(jdbc.queryForObject("select count(*) from account where demo and enabled", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account where not demo and not enabled", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all select action, summary, entity_id from audit_entry) audit where action = 'ACCOUNT_DISABLED' and summary like '%chế độ demo đã tắt%'",
                Long.class)).isEqualTo(demo);
    }

    @Test
    void theSwitchRefusesADatabaseWithRealAccounts() {
        demoAccounts(true).run(null); // demo accounts and the first admin only: fine
        jdbc.update("insert into account (username, display_name, password_hash) values ('that.that', 'Cán bộ thật', 'x')");
        assertThatThrownBy(() -> demoAccounts(true).run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("real accounts").hasMessageContaining("that.that");
    }

    @Test
    void accountsMadeByADemoAccountAreDemoAccounts() throws Exception {
        mvc.perform(post("/admin/accounts/new").with(user("quantri.demo").roles("SYSTEM_ADMIN")).with(csrf())
                .param("username", "tao.boi.demo").param("displayName", "Tạo trong bản demo").param("roles", "COUNCIL_MEMBER")
                .param("enabled", "true").param("password", "mat-khau-dai-2026")).andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select demo from account where username = 'tao.boi.demo'", Boolean.class)).isTrue();
    }
}
