package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

@IntegrationTest
@Transactional
class ClusterRulesIntegrationTests {
    @Autowired ClusterService service;
    @Autowired ClusterQueries queries;
    @Autowired Rotation rotation;
    @Autowired UnitCatalog units;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    /** These rules are about the 2025 cluster year while it is open: the day of its opening conference. */
    @BeforeEach
    void openTheYear2025() { clock.setInstant(Instant.parse("2024-12-15T03:00:00Z")); }

    @AfterEach
    void realTime() { clock.reset(); }

    long unit(String code) { return units.byCode(code).orElseThrow().id(); }

    ClusterView cluster(String code, int year) { return queries.byCode(code, year).orElseThrow(); }

    String message(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return messages.of(e);
        }
        throw new AssertionError("expected a refusal");
    }

    long auditCount() { return jdbc.queryForObject("select count(*) from audit_journal", Long.class); } // this test's entries stay in the journal: its transaction never commits

    @Test
    @WithMockUser("vanphong.demo")
    void aUnitIsInAtMostOneClusterOfALevelInAYear() {
        var cum2 = cluster("CUM-02", 2024);
        long before = auditCount();
        String text = message(() -> service.addMember(cum2.id(), unit("LHH-CTO"), cum2.version()));
        assertThat(text).isEqualTo("TP Cần Thơ đã thuộc Cụm thi đua số 9 – Nam Sông Hậu năm 2024; một đơn vị chỉ thuộc một cụm cùng cấp trong một năm.");
        assertThat(cluster("CUM-02", 2024).size()).isEqualTo(8);
        assertThat(auditCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser("vanphong.demo")
    void aMergedAwayUnitCannotJoinAClusterAfterItsMerger() {
        var cum2 = cluster("CUM-02", 2025);
        service.removeMember(cum2.id(), unit("LHH-TBH"), cum2.version());
        var after = cluster("CUM-02", 2025);
        // 2025 straddles the merger: the old unit may still be a member that year ...
        service.addMember(after.id(), unit("LHH-TBH"), after.version());
        // ... but not in a year after it was merged away (a 2026 cluster built for the test)
        TestClusters.insertYear(jdbc, "CUM-T", 2026, "Cụm thử", "CLUSTER", "VUSTA");
        var test = cluster("CUM-T", 2026);
        assertThat(message(() -> service.addMember(test.id(), unit("LHH-TBH"), test.version())))
                .isEqualTo("Thái Bình đã hợp nhất vào Hưng Yên từ ngày 01/07/2025, không thể tham gia cụm năm 2026.");
        service.addMember(test.id(), unit("LHH-HYN25"), test.version());
        assertThat(cluster("CUM-T", 2026).members()).extracting(m -> m.unit().code()).containsExactly("LHH-HYN25");
    }

    @Test
    @WithMockUser("vanphong.demo")
    void headAndDeputyMustBeMembersOfThatYearAndDifferent() {
        var cum2 = cluster("CUM-02", 2025);
        var day = LocalDate.of(2024, 12, 10);
        assertThat(message(() -> service.recordLeadership(cum2.id(),
                new LeadershipForm(cum2.version(), unit("LHH-CTO"), unit("LHH-HDG"), day, "Biên bản"))))
                .isEqualTo("Cụm trưởng phải là đơn vị thành viên của cụm năm 2025.");
        assertThat(message(() -> service.recordLeadership(cum2.id(),
                new LeadershipForm(cum2.version(), unit("LHH-HDG"), unit("LHH-CTO"), day, "Biên bản"))))
                .isEqualTo("Cụm phó phải là đơn vị thành viên của cụm năm 2025.");
        assertThat(message(() -> service.recordLeadership(cum2.id(),
                new LeadershipForm(cum2.version(), unit("LHH-HDG"), unit("LHH-HDG"), day, "Biên bản"))))
                .isEqualTo("Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.");
        assertThat(message(() -> service.recordLeadership(cum2.id(),
                new LeadershipForm(cum2.version(), unit("LHH-HDG"), null, day, " "))))
                .isEqualTo("Hãy nhập căn cứ (biên bản hội nghị hoặc quyết định).");
        assertThat(cluster("CUM-02", 2025).head()).isNull();
    }

    @Test
    @WithMockUser("vanphong.demo")
    void rotationProposesLastYearsDeputyAndTheMemberLeastRecentlyLed() {
        var cum2 = cluster("CUM-02", 2025);
        var p = rotation.propose(cum2.id());
        assertThat(p.head().unitId()).isEqualTo(unit("LHH-HDG"));           // deputy of 2024
        assertThat(p.head().reason()).isEqualTo(RotationPolicy.Reason.PREVIOUS_DEPUTY);
        assertThat(p.deputy().unitId()).isEqualTo(unit("LHH-BNH"));         // never led; Bắc Ninh first by name
        var cum9 = cluster("CUM-09", 2025);
        var p9 = rotation.propose(cum9.id());
        assertThat(p9.head().unitId()).isEqualTo(unit("LHH-BLU"));
        assertThat(p9.deputy().unitId()).isEqualTo(unit("LHH-CMU"));
    }

    @Test
    @WithMockUser("vanphong.demo")
    void recordingLeadershipIsAuditedWithOldAndNewValuesAndAnsweredByHeadOn() {
        var cum2 = cluster("CUM-02", 2025);
        long before = auditCount();
        service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HDG"), unit("LHH-BNH"),
                LocalDate.of(2024, 12, 10), "Biên bản Hội nghị tổng kết Cụm 2 ngày 10/12/2024"));
        assertThat(queries.headOn("CUM-02", LocalDate.of(2025, 3, 1)).orElseThrow().code()).isEqualTo("LHH-HDG");
        assertThat(auditCount()).isEqualTo(before + 1);
        var entry = jdbc.queryForMap("select actor, action, old_value, new_value from audit_journal order by id desc limit 1");
        assertThat(entry.get("actor")).isEqualTo("vanphong.demo");
        assertThat(entry.get("action")).isEqualTo("CLUSTER_LEADERSHIP_RECORDED");
        assertThat((String) entry.get("old_value")).contains("\"headUnitId\":null");
        assertThat((String) entry.get("new_value")).contains("\"headUnitId\":" + unit("LHH-HDG"));
    }

    @Test
    @WithMockUser("vanphong.demo")
    void aStaleVersionIsRefusedAndChangesNothing() {
        var cum2 = cluster("CUM-02", 2025);
        service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HDG"), unit("LHH-BNH"),
                LocalDate.of(2024, 12, 10), "Biên bản A"));
        // a second officer saves from the form they opened before the first save
        assertThatThrownBy(() -> service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(),
                unit("LHH-HNM"), unit("LHH-NDH"), LocalDate.of(2024, 12, 11), "Biên bản B")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(cluster("CUM-02", 2025).head().code()).isEqualTo("LHH-HDG");
        assertThat(cluster("CUM-02", 2025).leadershipRef()).isEqualTo("Biên bản A");
    }

    @Test
    @WithMockUser("haiphong.demo")
    void theOutgoingHeadUnitRecordsTheNextHeadButNotForOtherClusters() {
        var cum2 = cluster("CUM-02", 2025);  // Hải Phòng headed Cụm 2 in 2024
        service.recordLeadership(cum2.id(), new LeadershipForm(cum2.version(), unit("LHH-HDG"), unit("LHH-BNH"),
                LocalDate.of(2024, 12, 10), "Biên bản"));
        assertThat(cluster("CUM-02", 2025).leadershipRecordedBy()).isEqualTo("haiphong.demo");
        var cum9 = cluster("CUM-09", 2025);
        assertThatThrownBy(() -> service.recordLeadership(cum9.id(), new LeadershipForm(cum9.version(),
                unit("LHH-BLU"), unit("LHH-CMU"), LocalDate.of(2024, 12, 10), "Biên bản"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addMember(cum2.id(), unit("LHH-CTO"), cum2.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("haiduong.demo")
    void headRightsComeFromTheDataNotFromAGrant() {
        var authority = queries.byCode("CUM-02", 2024).orElseThrow();
        // Hải Dương was deputy in 2024: no head rights; so it may not record 2025 either
        var cum2of2025 = cluster("CUM-02", 2025);
        assertThatThrownBy(() -> service.recordLeadership(cum2of2025.id(), new LeadershipForm(cum2of2025.version(),
                unit("LHH-HDG"), unit("LHH-BNH"), LocalDate.of(2024, 12, 10), "Biên bản"))).isInstanceOf(AccessDeniedException.class);
        assertThat(authority.deputy().code()).isEqualTo("LHH-HDG");
    }

    @Test
    @WithMockUser("vanphong.demo")
    void thePresidiumMemberInChargeIsLinkedToAPresidiumAccountOnly() {
        var cum8 = cluster("CUM-08", 2024);
        assertThat(message(() -> service.updateDetails(cum8.id(),
                new ClusterDetailsForm(cum8.version(), cum8.name(), "Nguyễn Quốc Bảo", "haiphong.demo"))))
                .isEqualTo("Tài khoản haiphong.demo không phải ủy viên Đoàn Chủ tịch đang hoạt động.");
        service.updateDetails(cum8.id(), new ClusterDetailsForm(cum8.version(), cum8.name(), "Nguyễn Quốc Bảo", "phutrach.demo"));
        // (the assessment tests' own clusters, years 2041 on, are in phutrach.demo's charge too)
        assertThat(queries.supervisedBy("phutrach.demo")).filteredOn(v -> v.year() < 2040).extracting(ClusterView::code, ClusterView::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CUM-08", 2024));
        assertThat(cluster("CUM-08", 2024).supervisorName()).isEqualTo("Nguyễn Quốc Bảo");
    }

    @Test
    @WithMockUser("vanphong.demo")
    void blocksAndProvincialClustersTakeTheirOwnKindOfMember() {
        jdbc.update("insert into unit (code, name, short_name, type, status) values ('HOI-T1', 'Hội Thử nghiệm Việt Nam', 'Hội Thử nghiệm', 'NATIONAL_ASSOCIATION', 'ACTIVE')");
        var block = service.create(new NewClusterForm("khoi-01", 2025, "Khối thi đua các hội ngành số 1", ClusterKind.BLOCK, ClusterLevel.VUSTA, null));
        assertThat(block.getCode()).isEqualTo("KHOI-01");
        assertThat(message(() -> service.addMember(block.getId(), unit("LHH-HNI"), block.getVersion())))
                .isEqualTo("Hà Nội không phải hội ngành toàn quốc hay đơn vị trực thuộc; khối thi đua của VUSTA chỉ gồm các đơn vị đó.");
        service.addMember(block.getId(), unit("HOI-T1"), queries.get(block.getId()).version());
        assertThat(queries.blocksOfYear(2025)).extracting(ClusterView::code).containsExactly("KHOI-01");
        assertThat(queries.ofYear(2025)).hasSize(9).noneMatch(c -> c.code().equals("KHOI-01"));

        assertThat(message(() -> service.create(new NewClusterForm("KHOI-01", 2025, "Trùng", ClusterKind.BLOCK, ClusterLevel.VUSTA, null))))
                .isEqualTo("Mã KHOI-01 đã được dùng cho một cụm năm 2025.");
        assertThat(message(() -> service.create(new NewClusterForm("PTO-CUM-01", 2026, "Cụm 1", ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, null))))
                .isEqualTo("Cụm nội bộ phải thuộc một Liên hiệp Hội tỉnh, thành phố.");
        assertThat(message(() -> service.create(new NewClusterForm("PTO-CUM-01", 2026, "Cụm 1", ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, unit("LHH-PTO")))))
                .isEqualTo("Phú Thọ không phải Liên hiệp Hội tỉnh, thành phố đang hoạt động năm 2026.");
        var internal = service.create(new NewClusterForm("PTO-CUM-01", 2026, "Cụm thi đua số 1 (Liên hiệp Hội Phú Thọ)",
                ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, unit("LHH-PTO25")));
        assertThat(message(() -> service.addMember(internal.getId(), unit("LHH-HNI"), internal.getVersion())))
                .isEqualTo("Hà Nội không phải hội thành viên; cụm nội bộ của một Liên hiệp Hội tỉnh, thành phố chỉ gồm các hội thành viên của Liên hiệp Hội đó.");
        assertThat(queries.ownedBy(unit("LHH-PTO25"))).extracting(ClusterView::name).containsExactly("Cụm thi đua số 1 (Liên hiệp Hội Phú Thọ)");
    }

    @Test
    @WithMockUser("cantho.demo")
    void theSuccessorOfLastYearsHeadRecordsTheNextHeadAfterAMerger() {
        clock.setInstant(Instant.parse("2025-12-12T03:00:00Z"));   // Cụm 9's 2025 summary
        // 2025: old Cần Thơ heads Cụm 9; 2026: the new Cần Thơ (its successor) sits in Cụm 9
        jdbc.update("update cluster set head_unit_id = ?, deputy_unit_id = ? where code = 'CUM-09' and cluster_year = 2025",
                unit("LHH-CTO"), unit("LHH-CMU"));
        long id = TestClusters.insertYear(jdbc, "CUM-09", 2026, "Cụm thi đua số 9 – Nam Sông Hậu", "CLUSTER", "VUSTA");
        for (var code : new String[] {"LHH-CTO25", "LHH-CMU25", "LHH-AGG25"}) {
            jdbc.update("insert into cluster_member (cluster_id, unit_id, cluster_year, level, confirmed) values (?, ?, 2026, 'VUSTA', true)", id, unit(code));
        }
        var p = rotation.propose(id);
        assertThat(p.head().unitId()).as("2025's deputy Cà Mau, carried on by the new Cà Mau").isEqualTo(unit("LHH-CMU25"));
        assertThat(p.deputy().unitId()).as("An Giang (and Kiên Giang) never led").isEqualTo(unit("LHH-AGG25"));
        service.recordLeadership(id, new LeadershipForm(cluster("CUM-09", 2026).version(), unit("LHH-CMU25"),
                unit("LHH-AGG25"), LocalDate.of(2025, 12, 12), "Biên bản tổng kết Cụm 9 năm 2025"));
        assertThat(cluster("CUM-09", 2026).head().code()).isEqualTo("LHH-CMU25");
    }
}
