package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;

/** Sign-ins and failed sign-ins leave an entry; a failed one never keeps the password that was tried. */
@IntegrationTest
class AuditLoginIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired AuditSealer sealer;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLoginIsAuditedWithTheActorsRole() throws Exception {
        mvc.perform(formLogin("/login").user("haiphong.demo").password("demo-2026!"));
        sealer.sealNow();
        var e = jdbc.queryForMap("select * from audit_entry where action = 'LOGIN_SUCCEEDED' order by seq desc limit 1");
        assertThat(e.get("actor")).isEqualTo("haiphong.demo");
        assertThat(e.get("actor_roles")).isEqualTo("UNIT_OFFICER");
        assertThat(e.get("actor_unit_id")).isEqualTo(jdbc.queryForObject("select id from unit where code = 'LHH-HPG'", Long.class));
    }

    @Test
    void aFailedLoginIsAuditedWithoutThePasswordTried() throws Exception {
        String tried = "mat-khau-bi-mat-Zq81";
        mvc.perform(formLogin("/login").user("khong.co.ai").password(tried));
        sealer.sealNow();
        var e = jdbc.queryForMap("select * from audit_entry where action = 'LOGIN_FAILED' and entity_id = 'khong.co.ai'");
        assertThat(e.get("actor")).isEqualTo(AuditTrail.SYSTEM);
        assertThat((String) e.get("new_value")).contains("BadCredentialsException");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where coalesce(summary, '') like ? or coalesce(new_value, '') like ?
                    or coalesce(old_value, '') like ? or coalesce(entity_id, '') like ?""", Long.class,
                "%" + tried + "%", "%" + tried + "%", "%" + tried + "%", "%" + tried + "%")).isZero();
    }
}
