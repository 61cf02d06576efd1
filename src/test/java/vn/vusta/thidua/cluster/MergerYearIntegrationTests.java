package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** The year of the 1 July 2025 merger: who holds the head's place, who records the next head, and when it closes. */
@IntegrationTest
@Transactional
class MergerYearIntegrationTests {
    @Autowired ClusterService service;
    @Autowired ClusterQueries queries;
    @Autowired ClusterAuthority authority;
    @Autowired ActorContext actors;
    @Autowired Rotation rotation;
    @Autowired UnitCatalog units;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired MockMvc mvc;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void realTime() { clock.reset(); }

    long unit(String code) { return units.byCode(code).orElseThrow().id(); }

    ClusterView cluster(String code, int year) { return queries.byCode(code, year).orElseThrow(); }

    void today(String date) { clock.setInstant(Instant.parse(date + "T03:00:00Z")); }

    void setHead(String code, int year, String head, String deputy) {
        jdbc.update("update cluster set head_unit_id = ?, deputy_unit_id = ? where code = ? and cluster_year = ?",
                unit(head), deputy == null ? null : unit(deputy), code, year);
    }

    long cluster2026(String code, String... members) {
        long id = TestClusters.insertYear(jdbc, code, 2026, "Cụm thi đua " + code, "CLUSTER", "VUSTA");
        for (var m : members) {
            jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, 2026, 'VUSTA', true)", id, unit(m));
        }
        return id;
    }

    long auditCount(String action) { return jdbc.queryForObject("select count(*) from audit_journal where action = ?", Long.class, action); } // sealed after commit

    @Test
    @WithMockUser("cantho.demo")
    void theCarrierOfLastYearsHeadRecordsTheHeadOfTheMergerYear() {
        today("2025-09-15");  // after 1 July: Sóc Trăng (Cụm 9 head in 2024) is carried on by the new Cần Thơ
        var cum9 = cluster("CUM-09", 2025);
        assertThat(authority.mayRecordLeadership(actors.current(), cum9.id())).isTrue();
        service.recordLeadership(cum9.id(), new LeadershipForm(cum9.version(), unit("LHH-BLU"), unit("LHH-CMU"),
                LocalDate.of(2025, 9, 15), "Biên bản họp Cụm 9 ngày 15/9/2025"));
        assertThat(cluster("CUM-09", 2025).head().code()).isEqualTo("LHH-BLU");
        assertThat(cluster("CUM-09", 2025).leadershipRecordedBy()).isEqualTo("cantho.demo");
        // but not Cụm 2, where it holds no place
        assertThat(authority.mayRecordLeadership(actors.current(), cluster("CUM-02", 2025).id())).isFalse();
    }

    @Test
    @WithMockUser("haiduong.mergeryear")
    void aDissolvedUnitRecordsNoHeadOfAClusterItIsNotIn() {
        // its own officer of the merged-away Hải Dương (the demo account can be moved to the successor by other tests)
        jdbc.update("insert into account (username, display_name, password_hash, unit_id, enabled, demo) "
                + "values ('haiduong.mergeryear', 'Cán bộ Hải Dương (thử)', 'x', ?, true, true)", unit("LHH-HDG"));
        jdbc.update("insert into account_role (account_id, role) select id, 'UNIT_OFFICER' from account where username = 'haiduong.mergeryear'");
        today("2025-12-10");
        setHead("CUM-02", 2025, "LHH-HDG", "LHH-BNH");
        long cum2 = cluster2026("CUM-02", "LHH-HNI", "LHH-HPG25", "LHH-BNH25", "LHH-HYN25", "LHH-NBH25");
        assertThat(authority.mayRecordLeadership(actors.current(), cum2)).isFalse();
        assertThatThrownBy(() -> service.recordLeadership(cum2, new LeadershipForm(cluster("CUM-02", 2026).version(),
                unit("LHH-HNI"), unit("LHH-HPG25"), LocalDate.of(2025, 12, 10), "Biên bản"))).isInstanceOf(AccessDeniedException.class);
        assertThat(cluster("CUM-02", 2026).head()).isNull();
    }

    @Test
    @WithMockUser("cantho.demo")
    void aCarrierGainsNothingInAClusterItDoesNotBelongTo() {
        today("2025-12-10");
        setHead("CUM-09", 2025, "LHH-STG", "LHH-BLU");     // Sóc Trăng, carried on by the new Cần Thơ
        long without = cluster2026("CUM-09", "LHH-CMU25", "LHH-AGG25");
        assertThat(authority.mayRecordLeadership(actors.current(), without)).isFalse();
        jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, 2026, 'VUSTA', true)",
                without, unit("LHH-CTO25"));
        entityManager.clear();
        assertThat(authority.mayRecordLeadership(actors.current(), without)).isTrue();
    }

    @Test
    @WithMockUser("cantho.demo")
    void headRightsPassToTheCarrierOnTheMergerDate() {
        setHead("CUM-09", 2025, "LHH-STG", "LHH-BLU");
        long cum9 = cluster("CUM-09", 2025).id();
        today("2025-06-30");
        assertThat(authority.hasHeadRights(actors.current(), cum9)).isFalse();
        assertThat(queries.headOn("CUM-09", LocalDate.of(2025, 6, 30)).orElseThrow().code()).isEqualTo("LHH-STG");
        today("2025-07-01");
        assertThat(authority.hasHeadRights(actors.current(), cum9)).isTrue();
        assertThat(queries.headOn("CUM-09", LocalDate.of(2025, 7, 1)).orElseThrow().code()).isEqualTo("LHH-CTO25");
    }

    @Test
    @WithMockUser("vanphong.demo")
    void theUnionsOwnMergerDateDecidesWhenTheCarrierTakesOver() throws Exception {
        String cto25 = "(select id from unit where code = 'LHH-CTO25')";
        jdbc.update("update unit_lineage set union_effective_date = DATE '2025-09-01' where successor_id = " + cto25);
        jdbc.update("update unit set union_merged_on = DATE '2025-09-01' where id in (select predecessor_id from unit_lineage where successor_id = "
                + cto25 + ")");
        setHead("CUM-09", 2025, "LHH-STG", "LHH-BLU");
        assertThat(units.get(unit("LHH-STG")).existsOn(LocalDate.of(2025, 8, 15))).isTrue();
        mvc.perform(get("/api/v1/clusters/CUM-09/head").param("date", "2025-08-15"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.head.code").value("LHH-STG"));
        mvc.perform(get("/api/v1/clusters/CUM-09/head").param("date", "2025-09-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.head.code").value("LHH-CTO25"));
        mvc.perform(get("/api/v1/clusters/CUM-99/head")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser("vanphong.demo")
    void recordingTheUnionDecisionMovesTheUnitsEffectiveEnd() {
        long cto25 = unit("LHH-CTO25");
        jdbc.update("update unit_lineage set union_effective_date = null where successor_id = ?", cto25);
        var before = units.get(unit("LHH-HGI"));
        assertThat(before.effectiveEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
        mergerDecision(cto25, "QĐ 1234/QĐ-UBND", LocalDate.of(2025, 8, 20));
        assertThat(units.get(unit("LHH-HGI")).effectiveEnd()).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(units.get(unit("LHH-HGI")).validTo()).as("the province date stays").isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.carrierOn(unit("LHH-HGI"), LocalDate.of(2025, 8, 19)).orElseThrow().code()).isEqualTo("LHH-HGI");
        assertThat(units.carrierOn(unit("LHH-HGI"), LocalDate.of(2025, 8, 20)).orElseThrow().code()).isEqualTo("LHH-CTO25");
    }


    void mergerDecision(long successor, String ref, LocalDate date) {
        // Mergers is package-private in organization: go through its page's endpoint as the office would
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/units/{id}/union-decision", successor)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                    .param("reference", ref).param("date", date.toString())).andExpect(status().is3xxRedirection());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aUnitWithAnUnknownStartDateDoesNotAlwaysExist() {
        var hanoi = units.get(unit("LHH-HNI"));
        assertThat(hanoi.validFrom()).isNull();
        assertThat(hanoi.existsOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(hanoi.existsOn(LocalDate.of(1990, 1, 1))).isFalse();
    }

    @Test
    @WithMockUser("vanphong.demo")
    void rotationSaysNoRecordWhenTheHistoryHasGaps() {
        today("2024-12-15");
        var p = rotation.propose(cluster("CUM-03", 2025).id());  // Lào Cai headed in 2024; 2022–2023 unknown
        assertThat(p.head().reason()).isEqualTo(RotationPolicy.Reason.NO_RECORD);
        assertThat(p.head().unknownYears()).isEqualTo("2022, 2023");
        assertThat(messages.get("rotation.reason." + p.head().reason(), p.head().lastLedYear(), p.head().unknownYears()))
                .isEqualTo("chưa có dữ liệu (chưa ghi nhận cụm trưởng các năm 2022, 2023)");
    }

    @Test
    @WithMockUser("vanphong.demo")
    void pastYearsAreReadOnlyAndCorrectedOnlyWithAReason() {
        today("2026-02-01");
        var cum2 = cluster("CUM-02", 2024);
        long corrections = auditCount("CLUSTER_HISTORY_CORRECTED");
        var refusal = assertThatThrownBy(() -> service.removeMember(cum2.id(), unit("LHH-TBH"), cum2.version()))
                .isInstanceOf(BusinessRuleException.class).actual();
        assertThat(messages.of((BusinessRuleException) refusal))
                .isEqualTo("Năm 2024 đã qua nên chỉ xem được; Văn phòng sửa lịch sử bằng thao tác \"Sửa lịch sử\" và phải ghi lý do.");
        assertThat(cluster("CUM-02", 2024).size()).isEqualTo(8);
        assertThatThrownBy(() -> service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HNI"),
                null, LocalDate.of(2024, 1, 5), "Biên bản"))).isInstanceOf(BusinessRuleException.class);
        service.removeMember(cum2.id(), unit("LHH-TBH"), cum2.version(), "Sửa theo QĐ 586/QĐ-LHHVN");
        assertThat(cluster("CUM-02", 2024).size()).isEqualTo(7);
        assertThat(auditCount("CLUSTER_HISTORY_CORRECTED")).isEqualTo(corrections + 1);
        assertThat(jdbc.queryForObject("select summary from audit_journal order by id desc limit 1", String.class))
                .contains("Sửa lịch sử").contains("Sửa theo QĐ 586/QĐ-LHHVN");
    }

    @Test
    @WithMockUser("haiphong.demo")
    void anOfficerCannotCorrectHistory() {
        today("2026-02-01");
        var cum2 = cluster("CUM-02", 2025);
        assertThatThrownBy(() -> service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HDG"),
                unit("LHH-BNH"), LocalDate.of(2024, 12, 10), "Biên bản", "Sửa cho đúng"))).isInstanceOf(AccessDeniedException.class);
        assertThat(cluster("CUM-02", 2025).head()).isNull();
    }

    @Test
    void theOfficesConfirmationClosesTheOutgoingHeadsRight() {
        today("2024-12-10");
        var cum2 = cluster("CUM-02", 2025);
        as("haiphong.demo", () -> service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HDG"),
                unit("LHH-BNH"), LocalDate.of(2024, 12, 10), "Biên bản tổng kết Cụm 2")));
        as("vanphong.demo", () -> service.confirmLeadership(cum2.id(), cluster("CUM-02", 2025).version()));
        assertThat(cluster("CUM-02", 2025).leadershipConfirmed()).isTrue();
        as("haiphong.demo", () -> assertThatThrownBy(() -> service.recordLeadership(cum2.id(), new LeadershipForm(
                cluster("CUM-02", 2025).version(), unit("LHH-HNI"), unit("LHH-BNH"), LocalDate.of(2024, 12, 11), "Sửa lại")))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(cluster("CUM-02", 2025).head().code()).isEqualTo("LHH-HDG");
        // and when the year is over, the right is gone even without a confirmation
        today("2026-01-02");
        as("haiphong.demo", () -> assertThat(authority.mayRecordLeadership(actors.current(), cum2.id())).isFalse());
    }

    @Test
    @WithMockUser("vanphong.demo")
    void theMergerYearsPageShowsDissolvedMembersAndTheirCarriers() throws Exception {
        setHead("CUM-09", 2025, "LHH-BLU", "LHH-CMU");
        var page = mvc.perform(get("/clusters/{id}", cluster("CUM-09", 2025).id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("đã hợp nhất vào TP Cần Thơ từ 01/07/2025")   // Sóc Trăng, Hậu Giang
                .contains("đã hợp nhất vào Cà Mau từ 01/07/2025")                  // Bạc Liêu
                .contains("từ 01/07/2025: Cà Mau kế thừa");                        // the head's place
    }

    static void as(String username, Runnable action) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(username, "n/a",
                java.util.List.of()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
