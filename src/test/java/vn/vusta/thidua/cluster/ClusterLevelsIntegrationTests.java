package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/** Clusters across years and levels: codes unique per owner, the Central Council's cluster, lineage in one level. */
@IntegrationTest
@Transactional
@WithMockUser("vanphong.demo")
class ClusterLevelsIntegrationTests {
    @Autowired ClusterService service;
    @Autowired ClusterQueries queries;
    @Autowired UnitCatalog units;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @BeforeEach
    void inTheMergerYear() { clock.setInstant(Instant.parse("2025-03-01T03:00:00Z")); }

    @AfterEach
    void realTime() { clock.reset(); }

    long unit(String code) { return units.byCode(code).orElseThrow().id(); }

    String message(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return messages.of(e);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void eachUnionHasItsOwnCum1AndACodeIsUniquePerOwner() {
        var phuTho = service.create(new NewClusterForm("CUM-01", 2026, "Cụm thi đua số 1 (Liên hiệp Hội Phú Thọ)",
                ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, unit("LHH-PTO25")));
        var haNoi = service.create(new NewClusterForm("CUM-01", 2026, "Cụm thi đua số 1 (Liên hiệp Hội Hà Nội)",
                ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, unit("LHH-HNI")));
        assertThat(phuTho.getClusterId()).isNotEqualTo(haNoi.getClusterId());
        assertThat(message(() -> service.create(new NewClusterForm("CUM-01", 2026, "Trùng", ClusterKind.CLUSTER,
                ClusterLevel.PROVINCIAL, unit("LHH-PTO25"))))).isEqualTo("Mã CUM-01 đã được dùng cho một cụm năm 2026.");
        // the next year of Phú Thọ's Cụm 1 is the same cluster
        var next = service.create(new NewClusterForm("CUM-01", 2027, "Cụm thi đua số 1 (Liên hiệp Hội Phú Thọ)",
                ClusterKind.CLUSTER, ClusterLevel.PROVINCIAL, unit("LHH-PTO25")));
        assertThat(next.getClusterId()).isEqualTo(phuTho.getClusterId());
        assertThat(queries.history(next.getId())).extracting(ClusterView::year).containsExactly(2027, 2026);
        // and VUSTA's Cụm 1 keeps its own history
        assertThat(queries.history(queries.byCode("CUM-01", 2025).orElseThrow().id())).extracting(ClusterView::year)
                .containsExactly(2025, 2024, 2023, 2022);
    }

    @Test
    void theCentralCouncilsClusterRecordsVusta() {
        var central = service.create(new NewClusterForm("TW-KHOI-DOAN-THE", 2025,
                "Cụm thi đua các tổ chức chính trị – xã hội (Hội đồng TĐKT Trung ương)", ClusterKind.CLUSTER, ClusterLevel.CENTRAL, null));
        assertThat(message(() -> service.addMember(central.getId(), unit("LHH-HNI"), central.getVersion())))
                .isEqualTo("Hà Nội không thể là thành viên cụm của Hội đồng TĐKT Trung ương; trong hệ thống, cụm này chỉ ghi Liên hiệp Hội Việt Nam.");
        service.addMember(central.getId(), unit("LHHVN"), queries.get(central.getId()).version());
        assertThat(queries.get(central.getId()).members()).extracting(m -> m.unit().code()).containsExactly("LHHVN");
        assertThat(queries.ofYear(2025)).hasSize(9);   // never mixed with VUSTA's clusters
    }

    @Test
    void aSuccessorAndItsPredecessorNeverBothCountInOneLevelAndYear() {
        var block = service.create(new NewClusterForm("CUM-T", 2025, "Cụm thử", ClusterKind.CLUSTER, ClusterLevel.VUSTA, null));
        assertThat(message(() -> service.addMember(block.getId(), unit("LHH-CTO25"), block.getVersion())))
                .isEqualTo("TP Cần Thơ không thể vào cụm: đơn vị cùng dòng hợp nhất TP Cần Thơ đã thuộc Cụm thi đua số 9 – Nam Sông Hậu năm 2025"
                        + " (một đơn vị và đơn vị tiền thân hoặc kế thừa của nó không cùng tính trong một cấp cụm).");
    }
}
