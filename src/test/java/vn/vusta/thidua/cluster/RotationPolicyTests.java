package vn.vusta.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RotationPolicyTests {
    // members in name order
    static final List<Long> MEMBERS = List.of(1L, 2L, 3L, 4L, 5L);

    @Test
    void lastYearsDeputyBecomesHeadAndTheMemberLeastRecentlyLedBecomesDeputy() {
        var p = RotationPolicy.propose(MEMBERS, Optional.of(3L), Map.of(1L, 2023, 2L, 2021, 4L, 2024, 5L, 2022));
        assertThat(p.head().unitId()).isEqualTo(3L);
        assertThat(p.head().reason()).isEqualTo(RotationPolicy.Reason.PREVIOUS_DEPUTY);
        assertThat(p.deputy().unitId()).isEqualTo(2L);
        assertThat(p.deputy().reason()).isEqualTo(RotationPolicy.Reason.LEAST_RECENTLY_LED);
        assertThat(p.deputy().lastLedYear()).isEqualTo(2021);
    }

    @Test
    void neverLedComesFirstAndTiesGoByNameOrder() {
        var p = RotationPolicy.propose(MEMBERS, Optional.of(1L), Map.of(2L, 2020));
        assertThat(p.head().unitId()).isEqualTo(1L);
        assertThat(p.deputy().unitId()).isEqualTo(3L); // 3, 4, 5 never led; 3 first by name
        assertThat(p.deputy().reason()).isEqualTo(RotationPolicy.Reason.NEVER_LED);
    }

    @Test
    void withoutADeputyLastYearTheHeadIsAlsoChosenByRotation() {
        var p = RotationPolicy.propose(MEMBERS, Optional.empty(), Map.of(1L, 2024, 2L, 2023, 3L, 2022, 4L, 2021, 5L, 2020));
        assertThat(p.head().unitId()).isEqualTo(5L);
        assertThat(p.deputy().unitId()).isEqualTo(4L);
    }

    @Test
    void aDeputyWhoLeftTheClusterIsNotProposed() {
        var p = RotationPolicy.propose(MEMBERS, Optional.of(99L), Map.of());
        assertThat(p.head().unitId()).isEqualTo(1L);
        assertThat(p.deputy().unitId()).isEqualTo(2L);
    }
}
