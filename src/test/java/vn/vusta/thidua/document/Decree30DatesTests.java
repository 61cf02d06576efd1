package vn.vusta.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Decree 30's dates in words: a zero before the days below 10 and the months 1 and 2, none before the months 3 to 12. */
class Decree30DatesTests {
    @Test
    void aZeroBeforeTheDaysBelowTenAndTheFirstTwoMonthsOnly() {
        assertThat(Decree30Dates.words(LocalDate.of(2025, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2025");
        assertThat(Decree30Dates.words(LocalDate.of(2025, 2, 15))).isEqualTo("ngày 15 tháng 02 năm 2025");
        assertThat(Decree30Dates.words(LocalDate.of(2025, 1, 9))).isEqualTo("ngày 09 tháng 01 năm 2025");
        assertThat(Decree30Dates.words(LocalDate.of(2025, 12, 20))).isEqualTo("ngày 20 tháng 12 năm 2025");
        assertThat(Decree30Dates.month(10)).isEqualTo("10");
    }
}
