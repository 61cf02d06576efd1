package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.support.IntegrationTest;

/** The chain detects an edited, a deleted and a re-linked entry. Each test rolls its tampering back. */
@IntegrationTest
@Transactional
class AuditIntegrationTests {
    @Autowired AuditTrail trail;
    @Autowired AuditLog log;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    long append(int n) {
        for (int i = 0; i < n; i++) trail.record("TEST", "test", i, "mục thử " + i, Map.of("a", i), Map.of("a", i + 1));
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    @Test
    void anUntouchedChainVerifies() throws Exception {
        long last = append(3);
        var result = log.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkedEntries()).isEqualTo(last);
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("vanphong.demo", "demo-2026!")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void anEditedEntryIsReportedAsTheFirstBrokenLink() {
        long last = append(3);
        jdbc.update("update audit_entry set new_value = '{\"a\":99}' where seq = ?", last - 1);
        var result = log.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(last - 1);
        assertThat(result.reason()).isEqualTo("content");
    }

    @Test
    void aDeletedEntryIsDetectedInTheMiddleAndAtTheEnd() {
        long last = append(3);
        jdbc.update("delete from audit_entry where seq = ?", last);
        assertThat(log.verify().brokenSeq()).isEqualTo(last);
        jdbc.update("delete from audit_entry where seq = ?", last - 2);
        assertThat(log.verify().brokenSeq()).isEqualTo(last - 2);
    }

    @Test
    void aRehashedEntryStillBreaksTheNextLink() {
        long last = append(3);
        // a forger rewrites an entry and recomputes its own hash, but cannot fix the next entry's prev_hash
        var e = jdbc.queryForObject("select * from audit_entry where seq = ?", (rs, i) -> new AuditEntry(rs.getLong("seq"),
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), "ai-do", rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("prev_hash"), null), last - 1);
        jdbc.update("update audit_entry set actor = 'ai-do', hash = ? where seq = ?", e.computeHash(), last - 1);
        var result = log.verify();
        assertThat(result.brokenSeq()).isEqualTo(last);
        assertThat(result.reason()).isEqualTo("link");
    }
}
