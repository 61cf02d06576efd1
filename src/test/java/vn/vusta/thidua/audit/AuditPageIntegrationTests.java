package vn.vusta.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The audit page: a readable, filtered, paged table of who changed what, and the verification with its breaks. */
@IntegrationTest
class AuditPageIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;
    @Autowired AuditSealer sealer;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() { clock.reset(); }

    String page(String query) throws Exception {
        return mvc.perform(get("/admin/audit" + query).with(user("vanphong.demo").roles("OFFICE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static int rows(String html) { return html.split("data-seq=", -1).length - 1; }

    @Test
    void showsWhoWhenAndWhatChangedFieldByFieldInVietnamTime() throws Exception {
        clock.setInstant(Instant.parse("2026-03-01T17:30:00Z")); // 00:30 on 2 March in Vietnam
        new TransactionTemplate(transactions).executeWithoutResult(s -> trail.record("UNIT_UPDATED", "unit", 424242,
                "Sửa thông tin Liên hiệp Hội thử", Map.of("phone", "024 111", "name", "Hội thử"),
                Map.of("phone", "024 222", "name", "Hội thử")));
        sealer.sealNow();
        var html = page("?entityType=unit&entityId=424242&from=2026-03-02&to=2026-03-02");
        assertThat(rows(html)).isOne();
        assertThat(html).contains("02/03/2026 00:30:00", "Sửa đơn vị", "Sửa thông tin Liên hiệp Hội thử", "424242",
                "<del>024 111</del>", "<ins>024 222</ins>").doesNotContain("<del>Hội thử</del>");
        var later = page("?entityType=unit&entityId=424242&from=2026-03-03");
        assertThat(rows(later)).isZero();
        assertThat(later).contains("Không có mục nào.");
    }

    @Test
    void namesUnitsRolesAndFlagsInsteadOfShowingKeysAndIds() throws Exception {
        long hanoi = jdbc.queryForObject("select id from unit where code = 'LHH-HNI'", Long.class);
        long haiphong = jdbc.queryForObject("select id from unit where code = 'LHH-HPG'", Long.class);
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record("CLUSTER_LEADERSHIP_RECORDED", "cluster", 515151, "Ghi nhận cụm trưởng (thử)",
                    Map.of("headUnitId", hanoi, "members", java.util.List.of(hanoi)),
                    Map.of("headUnitId", haiphong, "members", java.util.List.of(hanoi, haiphong)));
            trail.record("ACCOUNT_UPDATED", "account", 515152, "Sửa tài khoản (thử)",
                    Map.of("roles", java.util.List.of("UNIT_OFFICER"), "enabled", true),
                    Map.of("roles", java.util.List.of("OFFICE", "SYSTEM_ADMIN"), "enabled", false));
        });
        sealer.sealNow();
        var cluster = page("?entityType=cluster&entityId=515151");
        assertThat(cluster).contains("cụm trưởng", "thành viên", "<del>Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội</del>", "<ins>Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hải Phòng")
                .doesNotContain(">headUnitId<", ">members<", "<del>" + hanoi + "</del>");
        var account = page("?entityType=account&entityId=515152");
        assertThat(account).contains("vai trò", "<del>Cán bộ TĐKT của đơn vị</del>",
                "<ins>Văn phòng Hội đồng TĐKT (Ban Tổ chức và Chính sách hội), Quản trị hệ thống (tài khoản)</ins>",
                "<del>có</del>", "<ins>không</ins>").doesNotContain("SYSTEM_ADMIN<", ">roles<");
    }

    @Test
    void pagesFiftyEntriesAtATimeAndFiltersByActorAndAction() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < 55; i++) trail.record("TEST_PAGED", "test", "p" + i, "mục " + i, null, Map.of("i", i));
        });
        sealer.sealNow();
        var first = page("?action=TEST_PAGED&actor=system");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("55 mục · trang 1/2", "action=TEST_PAGED&amp;entityType=&amp;entityId=&amp;actor=system&amp;from=&amp;to=&amp;page=1");
        var second = page("?action=TEST_PAGED&actor=system&page=1");
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains(">mục 0<").doesNotContain(">mục 5<");
        assertThat(page("?action=TEST_PAGED&actor=vanphong.demo")).contains("0 mục · trang 1/1");
    }

    @Test
    void verificationFromThePageListsTheResultAndIsRecorded() throws Exception {
        var html = mvc.perform(post("/admin/audit/verify").with(user("vanphong.demo").roles("OFFICE")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Chuỗi nhật ký toàn vẹn");
        sealer.sealNow();
        assertThat(page("?action=AUDIT_VERIFIED&actor=vanphong.demo")).contains("Kiểm tra tính toàn vẹn nhật ký", "Văn phòng Hội đồng TĐKT (Ban Tổ chức và Chính sách hội)");
    }

    @Test
    void aCheckpointCanBeWrittenOnDemand() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(s -> trail.record("TEST", "test", 1, "neo", null, null));
        sealer.sealNow();
        mvc.perform(post("/admin/audit/checkpoint").with(user("vanphong.demo").roles("OFFICE")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var html = mvc.perform(post("/admin/audit/verify").with(user("vanphong.demo").roles("OFFICE")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đã đối chiếu với điểm neo có chữ ký");
    }
}
