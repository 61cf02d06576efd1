package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** Accounts follow the merger: listed for the office with a one-step move to the unit that carries theirs on. */
@IntegrationTest
@Transactional
class AccountMovesIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long id(String username) { return jdbc.queryForObject("select id from account where username = ?", Long.class, username); }

    long version(String username) { return jdbc.queryForObject("select version from account where username = ?", Long.class, username); }

    Long unitOf(String username) { return jdbc.queryForObject("select unit_id from account where username = ?", Long.class, username); }

    long audited(String action, long accountId) {
        return jdbc.queryForObject("select count(*) from (select action, summary, entity_id from audit_journal union all "
                + "select action, summary, entity_id from audit_entry) audit where action = ? and entity_id = ?", Long.class, action,
                String.valueOf(accountId));
    }

    @Test
    void officersOfUnitsMergedIn2025AreListedAndMovedInOneStep() throws Exception {
        var office = user("vanphong.demo").roles("OFFICE");
        long newHaiPhong = unit("LHH-HPG25");
        mvc.perform(get("/admin/account-moves").with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("haiphong.demo")))
                .andExpect(content().string(containsString("haiduong.demo")))
                .andExpect(content().string(containsString("(LHH-HPG25)")))
                .andExpect(content().string(not(containsString("cantho.demo"))));
        mvc.perform(post("/admin/account-moves/" + id("haiphong.demo")).with(office).with(csrf())
                        .param("version", String.valueOf(version("haiphong.demo"))).param("toUnitId", String.valueOf(newHaiPhong)))
                .andExpect(redirectedUrl("/admin/account-moves")).andExpect(flash().attribute("success", "Đã chuyển tài khoản sang đơn vị kế thừa."));
        assertThat(unitOf("haiphong.demo")).isEqualTo(newHaiPhong);
        assertThat(audited("ACCOUNT_MOVED", id("haiphong.demo"))).isEqualTo(1);
        mvc.perform(get("/admin/account-moves").with(office)).andExpect(content().string(not(containsString("haiphong.demo"))));
        // the officer now works on the union that exists today
        mvc.perform(get("/units/" + newHaiPhong + "/edit").with(user("haiphong.demo").roles("UNIT_OFFICER"))).andExpect(status().isOk());
    }

    @Test
    void aMoveIsCheckedAgainstTheVersionSeenAndTheSuccessor() throws Exception {
        var office = user("vanphong.demo").roles("OFFICE");
        long v = version("haiduong.demo");
        long oldHaiDuong = unitOf("haiduong.demo");
        jdbc.update("update account set display_name = 'Đổi bởi người khác', version = version + 1 where username = 'haiduong.demo'");
        mvc.perform(post("/admin/account-moves/" + id("haiduong.demo")).with(office).with(csrf())
                        .param("version", String.valueOf(v)).param("toUnitId", String.valueOf(unit("LHH-HPG25"))))
                .andExpect(flash().attribute("error", containsString("vừa được người khác thay đổi")));
        mvc.perform(post("/admin/account-moves/" + id("haiduong.demo")).with(office).with(csrf())
                        .param("version", String.valueOf(v + 1)).param("toUnitId", String.valueOf(unit("LHH-HNI"))))
                .andExpect(flash().attribute("error", containsString("chỉ có thể chuyển sang đơn vị kế thừa")));
        assertThat(unitOf("haiduong.demo")).isEqualTo(oldHaiDuong);
    }

    @Test
    void onlyTheOfficeAndTheSystemAdministratorMoveAccounts() throws Exception {
        mvc.perform(get("/admin/account-moves").with(user("quantri.demo").roles("SYSTEM_ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("haiphong.demo")));
        var officer = user("cantho.demo").roles("UNIT_OFFICER");
        mvc.perform(get("/admin/account-moves").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/account-moves/" + id("haiphong.demo")).with(officer).with(csrf())
                .param("version", String.valueOf(version("haiphong.demo"))).param("toUnitId", String.valueOf(unit("LHH-HPG25"))))
                .andExpect(status().isForbidden());
        // past the URL rule with a forged role, the service still asks the account as stored
        mvc.perform(post("/admin/account-moves/" + id("haiphong.demo")).with(user("cantho.demo").roles("OFFICE")).with(csrf())
                .param("version", String.valueOf(version("haiphong.demo"))).param("toUnitId", String.valueOf(unit("LHH-HPG25"))))
                .andExpect(status().isForbidden());
        assertThat(unitOf("haiphong.demo")).isEqualTo(unit("LHH-HPG"));
    }

    long completedMergerEvents() {
        return jdbc.queryForObject("select count(*) from event_publication where event_type like '%UnitsMerged' and completion_date is not null",
                Long.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the listener runs after a real commit
    void aMergerRecordedByTheOfficeProposesTheMoveThroughTheEventRegistry() throws Exception {
        var date = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(40);
        try {
            jdbc.update("insert into unit (code, name, short_name, type, status) values ('TEST-P1', 'Hội thử nghiệm tiền thân', 'Tiền thân', 'NATIONAL_ASSOCIATION', 'ACTIVE')");
            jdbc.update("insert into unit (code, name, short_name, type, status) values ('TEST-S1', 'Hội thử nghiệm kế thừa', 'Kế thừa', 'NATIONAL_ASSOCIATION', 'ACTIVE')");
            jdbc.update("insert into account (username, display_name, password_hash, unit_id) values ('can.bo.tienthan', 'Cán bộ tiền thân', 'x', ?)", unit("TEST-P1"));
            jdbc.update("insert into account_role (account_id, role) values (?, 'UNIT_OFFICER')", id("can.bo.tienthan"));
            var office = user("vanphong.demo").roles("OFFICE");
            mvc.perform(get("/admin/account-moves").with(office)).andExpect(content().string(not(containsString("can.bo.tienthan"))));

            mvc.perform(post("/admin/mergers/new").with(office).with(csrf()).param("predecessorIds", String.valueOf(unit("TEST-P1")))
                            .param("successorId", String.valueOf(unit("TEST-S1"))).param("effectiveDate", date.toString())
                            .param("legalRef", "Quyết định thử nghiệm số 1"))
                    .andExpect(status().isFound());

            // the listener runs asynchronously after the commit: wait for the registry to mark it complete
            long deadline = System.currentTimeMillis() + 20_000;
            while (completedMergerEvents() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertThat(completedMergerEvents()).as("the event went through the registry and its listener completed").isEqualTo(1);
            mvc.perform(get("/admin/account-moves").with(office)).andExpect(content().string(containsString("can.bo.tienthan")))
                    .andExpect(content().string(containsString("Quyết định thử nghiệm số 1")))
                    .andExpect(content().string(containsString("(TEST-S1)")));
            assertThat(audited("ACCOUNT_MOVE_PROPOSED", id("can.bo.tienthan"))).isEqualTo(1);
            mvc.perform(post("/admin/account-moves/" + id("can.bo.tienthan")).with(office).with(csrf())
                            .param("version", String.valueOf(version("can.bo.tienthan"))).param("toUnitId", String.valueOf(unit("TEST-S1"))))
                    .andExpect(flash().attribute("error", containsString("chỉ chuyển được từ ngày hợp nhất có hiệu lực")));
            assertThat(unitOf("can.bo.tienthan")).isEqualTo(unit("TEST-P1"));
        } finally {
            jdbc.update("delete from account where username = 'can.bo.tienthan'");
            jdbc.update("delete from unit_lineage where successor_id in (select id from unit where code = 'TEST-S1')");
            jdbc.update("delete from unit where code in ('TEST-P1', 'TEST-S1')");
            jdbc.update("delete from event_publication");
        }
    }
}
