package vn.vusta.thidua.campaign.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegistrationTests {
    @Test
    void aDraftIsFilledThenSubmittedAndThenFixed() {
        var r = new Registration(1, 2, 3);
        assertThatThrownBy(() -> r.submit("u", Instant.EPOCH)).hasMessage("registration.noTargets");
        r.fill(List.of(new TargetSpec(7L, "Hội thành viên mới", "hội", new BigDecimal("3")),
                new TargetSpec(null, "Hội thảo khoa học", "cuộc", new BigDecimal("12"))), "Cờ thi đua của VUSTA");
        r.submit("hanoi.demo", Instant.EPOCH);
        assertThat(r.targetsByCriterion()).containsOnlyKeys(7L);
        assertThatThrownBy(() -> r.fill(List.of(), null)).hasMessage("registration.submitted");
        r.reopen();
        r.fill(List.of(new TargetSpec(7L, "Hội thành viên mới", "hội", new BigDecimal("4"))), null);
        assertThat(r.targetsByCriterion().get(7L)).isEqualByComparingTo("4");
    }

    @Test
    void aTargetNeedsItsIndicatorUnitAndANonNegativeValue() {
        assertThatThrownBy(() -> new TargetSpec(null, " ", "hội", BigDecimal.ONE)).hasMessage("registration.target.incomplete");
        assertThatThrownBy(() -> new TargetSpec(null, "X", "hội", new BigDecimal("-1"))).hasMessage("registration.target.value");
    }
}
