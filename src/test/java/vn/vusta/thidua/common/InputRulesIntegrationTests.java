package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * Bean Validation on forms and API bodies (column sizes, website scheme), RFC 9457 problem details with field errors,
 * and database constraint races answered with the rule: always a 4xx in Vietnamese, nothing changed, never a 500.
 */
@IntegrationTest
@Transactional
class InputRulesIntegrationTests {
    static final String DEMO = "demo-2026!";
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Messages messages;

    long unit(String code) { return jdbc.queryForObject("select id from unit where code = ?", Long.class, code); }

    long version(String code) { return jdbc.queryForObject("select version from unit where code = ?", Long.class, code); }

    long audit() { return jdbc.queryForObject("select count(*) from audit_entry", Long.class); }

    String unitRow(long id) { return jdbc.queryForObject("select u::text from unit u where id = ?", String.class, id); }

    @Test
    void anOverLongContactIsRefusedByTheApiWithTheFieldAndTheRule() throws Exception {
        long own = unit("LHH-HPG");
        String before = unitRow(own);
        long audit = audit();
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version("LHH-HPG") + ",\"address\":\"" + "B".repeat(301) + "\",\"contactPerson\":\"" + "C".repeat(121) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("địa chỉ: Tối đa 300 ký tự.")))
                .andExpect(jsonPath("$.detail").value(containsString("người liên hệ: Tối đa 120 ký tự.")))
                .andExpect(jsonPath("$.detail").value(not(containsString("contactPerson"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'address')].message").value("Tối đa 300 ký tự."));
        assertThat(unitRow(own)).isEqualTo(before);
        assertThat(audit()).isEqualTo(audit);
    }

    @Test
    void anotherUnitsOfficerIsRefusedBeforeTheBodyIsChecked() throws Exception {
        long other = unit("LHH-HPG");
        String before = unitRow(other);
        long audit = audit();
        // the same over-long body as above, from an account without the right: refused (403), not told the rules (400)
        mvc.perform(put("/api/v1/units/" + other + "/contact").with(httpBasic("cantho.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version("LHH-HPG") + ",\"address\":\"" + "B".repeat(301) + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(not(containsString("300"))));
        mvc.perform(put("/api/v1/units/" + other + "/contact").with(httpBasic("cantho.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(unitRow(other)).isEqualTo(before);
        assertThat(audit()).isEqualTo(audit);
    }

    @Test
    void aWebsiteMustBeHttpOrHttps() throws Exception {
        long own = unit("LHH-HPG");
        for (var bad : new String[] {"javascript:alert(1)//a.b", "data:text/html,x.y", "lhh.example"}) {
            mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + version("LHH-HPG") + ",\"website\":\"" + bad + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value("Trang thông tin điện tử phải là địa chỉ http:// hoặc https://."));
        }
        assertThat(jdbc.queryForObject("select website from unit where id = ?", String.class, own)).isNull();
        mvc.perform(put("/api/v1/units/" + own + "/contact").with(httpBasic("haiphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version("LHH-HPG") + ",\"website\":\"https://lhh.haiphong.example/gioi-thieu\"}")).andExpect(status().isOk());
    }

    @Test
    void aMissingVersionIsABadRequestNotAConflict() throws Exception {
        mvc.perform(put("/api/v1/units/" + unit("LHH-HPG") + "/contact").with(httpBasic("haiphong.demo", DEMO))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"address\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theUnitFormShowsTheRuleNextToTheFieldAndSavesNothing() throws Exception {
        long own = unit("LHH-HPG");
        String before = unitRow(own);
        mvc.perform(post("/units/" + own + "/edit").with(user("haiphong.demo")).with(csrf())
                        .param("version", String.valueOf(version("LHH-HPG"))).param("contactPerson", "C".repeat(121))
                        .param("phone", "0225 3 842 111"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"contactPerson-error\"")))
                .andExpect(content().string(containsString("Tối đa 120 ký tự.")))
                .andExpect(content().string(containsString("Dữ liệu nhập chưa hợp lệ; hãy sửa các mục được đánh dấu.")))
                .andExpect(content().string(containsString("value=\"0225 3 842 111\"")));
        assertThat(unitRow(own)).isEqualTo(before);
        mvc.perform(post("/admin/units/new").with(user("vanphong.demo")).with(csrf()).param("code", "HOI-DAI")
                        .param("name", "N".repeat(301)).param("shortName", "Hội dài").param("type", "NATIONAL_ASSOCIATION").param("status", "ACTIVE"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"name-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'HOI-DAI'", Long.class)).isZero();
    }

    @Test
    void aFormRefusedByARuleAnswers422WithTheReasonAndSavesNothing() throws Exception {
        long units = jdbc.queryForObject("select count(*) from unit", Long.class);
        mvc.perform(post("/admin/units/new").with(user("vanphong.demo")).with(csrf()).param("code", "LHH-HNI")
                        .param("name", "Trùng mã").param("shortName", "Trùng mã").param("type", "NATIONAL_ASSOCIATION").param("status", "ACTIVE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Mã đơn vị LHH-HNI đã được dùng.")));
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
    }

    @Test
    void overLongReferencesAreRefusedOnPagesAndInTheApi() throws Exception {
        long cluster = jdbc.queryForObject("select id from cluster where code = 'CUM-02' and cluster_year = 2025", Long.class);
        long version = jdbc.queryForObject("select version from cluster where id = ?", Long.class, cluster);
        long head = unit("LHH-HDG");
        long audit = audit();
        mvc.perform(post("/clusters/" + cluster + "/leadership").with(user("vanphong.demo")).with(csrf()).param("version", String.valueOf(version))
                        .param("headUnitId", String.valueOf(head)).param("date", "2025-01-10").param("reference", "R".repeat(301)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"reference-error\"")));
        mvc.perform(post("/api/v1/clusters/" + cluster + "/leadership").with(httpBasic("vanphong.demo", DEMO)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"headUnitId\":" + head + ",\"date\":\"2025-01-10\",\"reference\":\"" + "R".repeat(301) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"));
        mvc.perform(post("/clusters/" + cluster + "/details").with(user("vanphong.demo")).with(csrf()).param("version", String.valueOf(version))
                        .param("name", "Cụm " + "x".repeat(200)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select version from cluster where id = ?", Long.class, cluster)).isEqualTo(version);
        assertThat(audit()).isEqualTo(audit);
    }

    @Test
    void errorMessagesNameNoInternalParameterOrId() throws Exception {
        mvc.perform(get("/api/v1/units/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị yêu cầu."));
        mvc.perform(get("/api/v1/units").param("date", "hôm qua")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Giá trị “ngày” trong địa chỉ không hợp lệ."));
        mvc.perform(get("/api/v1/units/abc")).andExpect(status().isNotFound());
    }

    /** The rule behind each unique constraint, from the exceptions the database really raises. */
    @Test
    void aConstraintRaceIsNamedByItsRule() {
        assertThat(messages.of(violation("update account set username = 'admin' where username = 'vanphong.demo'")))
                .isEqualTo("Tên đăng nhập này đã có người dùng (vừa được tạo cùng lúc); chưa có gì được lưu.");
        assertThat(messages.of(violation("update emulation_cluster set code = 'CUM-01' where code = 'CUM-02' and level = 'VUSTA'")))
                .startsWith("Mã cụm, khối này đã có trong năm đó");
        assertThat(messages.of(violation("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) "
                + "select cluster_id, unit_id, cluster_year, level, confirmed from cluster_member limit 1")))
                .startsWith("Đơn vị đã ở trong một cụm, khối cùng cấp của năm đó");
        assertThat(messages.of(violation("update unit set phone = '" + "9".repeat(51) + "' where code = 'LHH-HPG'")))
                .isEqualTo("Một giá trị nhập dài hơn mức cho phép; chưa có gì được lưu.");
    }

    private DataIntegrityViolationException violation(String sql) {
        try {
            jdbc.execute("savepoint before_violation");
            jdbc.update(sql);
        } catch (DataIntegrityViolationException e) {
            jdbc.execute("rollback to savepoint before_violation");
            return e;
        }
        throw new AssertionError("no violation: " + sql);
    }

    /** Parallel creations of the same cluster code: one wins, the others get the rule (form or 409), never a 500. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void parallelDuplicatesGetTheRuleNotAServerError() throws Exception {
        try {
            int n = 6;
            var start = new CountDownLatch(1);
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < n; i++) {
                tasks.add(() -> {
                    start.await();
                    return mvc.perform(post("/admin/clusters/new").with(user("vanphong.demo")).with(csrf()).param("code", "KHOI-DUA")
                            .param("year", "2026").param("name", "Khối thử chạy đua").param("kind", "BLOCK").param("level", "VUSTA"))
                            .andReturn().getResponse().getStatus();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(n)) {
                var futures = tasks.stream().map(pool::submit).toList();
                start.countDown();
                for (var f : futures) statuses.add(f.get());
            }
            assertThat(statuses).as("statuses").doesNotContain(500).contains(302);
            // the winner is redirected; a loser that sees the winner's row gets the form again with the rule (422,
            // RefusedFormStatus), one that races it to the unique key gets 409: which one depends on timing
            assertThat(statuses).allMatch(s -> s == 302 || s == 422 || s == 409);
            assertThat(jdbc.queryForObject("select count(*) from cluster where code = 'KHOI-DUA'", Long.class)).isEqualTo(1);
        } finally {
            jdbc.update("delete from cluster where code = 'KHOI-DUA'");
        }
    }
}
