package vn.vusta.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vusta.thidua.cluster.ClusterQueries;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.support.IntegrationTest;

/** The public reference data that ships with the product, as seen through the modules' queries on PostgreSQL. */
@IntegrationTest
class ReferenceDataIntegrationTests {
    @Autowired UnitCatalog units;
    @Autowired ClusterQueries clusters;

    @Test
    void sixtyThreeProvincialUnionsIn2022AndThirtyFourAfterTheMerger() {
        assertThat(units.existingOn(LocalDate.of(2022, 6, 1), UnitType.PROVINCIAL_UNION)).hasSize(63);
        assertThat(units.existingOn(LocalDate.of(2025, 6, 30), UnitType.PROVINCIAL_UNION)).hasSize(63);
        assertThat(units.existingOn(LocalDate.of(2025, 7, 1), UnitType.PROVINCIAL_UNION)).hasSize(34);
        assertThat(units.existingOn(LocalDate.of(2026, 11, 25), UnitType.PROVINCIAL_UNION)).hasSize(34);
    }

    @Test
    void aSuccessorKnowsItsPredecessorsAndAnOldUnitItsSuccessor() {
        var phuTho = units.byCode("LHH-PTO25").orElseThrow();
        assertThat(units.predecessors(phuTho.id())).extracting(l -> l.unit().province())
                .containsExactly("Hòa Bình", "Phú Thọ", "Vĩnh Phúc");
        assertThat(units.predecessors(phuTho.id())).allSatisfy(l -> {
            assertThat(l.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(l.legalRef()).isEqualTo("Nghị quyết 202/2025/QH15");
        });
        var yenBai = units.byCode("LHH-YBI").orElseThrow();
        assertThat(yenBai.status()).isEqualTo(UnitStatus.MERGED);
        assertThat(units.successor(yenBai.id()).orElseThrow().unit().code()).isEqualTo("LHH-LCI25");
        assertThat(units.carrierOn(yenBai.id(), LocalDate.of(2026, 1, 1)).orElseThrow().code()).isEqualTo("LHH-LCI25");
        assertThat(units.carrierOn(yenBai.id(), LocalDate.of(2024, 1, 1)).orElseThrow().code()).isEqualTo("LHH-YBI");
    }

    @Test
    void elevenProvincesAreUnchangedAndHaveNoLineage() {
        var unchanged = units.existingOn(LocalDate.of(2022, 1, 1), UnitType.PROVINCIAL_UNION).stream()
                .filter(u -> u.status() == UnitStatus.ACTIVE).toList();
        assertThat(unchanged).extracting(UnitSummary::province).containsExactlyInAnyOrder("Hà Nội", "Huế", "Lai Châu",
                "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng");
        unchanged.forEach(u -> assertThat(units.successor(u.id())).isEmpty());
    }

    @Test
    void searchIgnoresDiacritics() {
        assertThat(units.search(new UnitCatalog.Criteria("can tho", null, null, LocalDate.of(2024, 1, 1))))
                .extracting(UnitSummary::code).containsExactly("LHH-CTO");
    }

    @Test
    void the2022SchemeHasNineClustersCoveringEveryUnionOnce() {
        var list = clusters.ofYear(2022);
        assertThat(list).hasSize(9);
        assertThat(list).extracting(ClusterView::size).containsExactlyInAnyOrder(7, 7, 7, 7, 6, 6, 6, 8, 9);
        var seen = new HashSet<Long>();
        list.forEach(c -> c.members().forEach(m -> assertThat(seen.add(m.unit().id())).as(m.unit().name()).isTrue()));
        assertThat(seen).hasSize(63);
        var cum8 = list.stream().filter(c -> c.code().equals("CUM-08")).findFirst().orElseThrow();
        assertThat(cum8.name()).isEqualTo("Cụm thi đua số 8 – Bắc Sông Hậu");
        assertThat(cum8.membershipConfirmed()).isTrue();
        assertThat(cum8.members()).extracting(m -> m.unit().shortName())
                .containsExactlyInAnyOrder("Bến Tre", "Vĩnh Long", "Tiền Giang", "Đồng Tháp", "An Giang", "Trà Vinh");
        assertThat(list.stream().filter(c -> c.code().equals("CUM-01")).findFirst().orElseThrow().membershipConfirmed()).isFalse();
    }

    @Test
    void theSchemeAppliesUntil2025WithTheKnownHeads() {
        assertThat(clusters.years()).containsExactly(2022, 2023, 2024, 2025);
        var cum2of2024 = clusters.byCode("CUM-02", 2024).orElseThrow();
        assertThat(cum2of2024.head().shortName()).isEqualTo("TP Hải Phòng");
        assertThat(cum2of2024.deputy().shortName()).isEqualTo("Hải Dương");
        assertThat(clusters.headOn("CUM-09", LocalDate.of(2023, 5, 1)).orElseThrow().shortName()).isEqualTo("TP Cần Thơ");
        assertThat(clusters.headOn("CUM-03", LocalDate.of(2024, 11, 22)).orElseThrow().shortName()).isEqualTo("Lào Cai");
        assertThat(clusters.byCode("CUM-06", 2022).orElseThrow().supervisorName()).isEqualTo("Võ Văn Trí");
    }
}
