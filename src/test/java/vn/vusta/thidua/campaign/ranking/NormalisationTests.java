package vn.vusta.thidua.campaign.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** z-scores per group brought back to the sheet's points, with numbers worked out by hand. */
class NormalisationTests {
    record Item(String group, BigDecimal raw) {}

    static Item item(String group, String raw) { return new Item(group, raw == null ? null : new BigDecimal(raw)); }

    static List<String> norm(List<Item> items, String max) {
        return Normalisation.normalise(items, Item::raw, Item::group, new BigDecimal(max)).stream()
                .map(b -> b == null ? null : b.toPlainString()).toList();
    }

    @Test
    void aLenientAndAStrictHeadEndUpOnOneScale() {
        // cluster A (lenient): 90, 94 — cluster B (strict): 70, 74. All: mean 82, sd sqrt(((−12)²+(−8)²+8²+12²)/4) = sqrt(104) = 10.198
        // each group: mean ±2, sd 2 → z = −1 and +1 → 82 ∓ 10.198
        var items = List.of(item("A", "90"), item("A", "94"), item("B", "70"), item("B", "74"));
        assertThat(norm(items, "100")).containsExactly("71.80", "92.20", "71.80", "92.20");
    }

    @Test
    void aGroupOfOneOrOfEqualTotalsGetsTheCampaignsMean() {
        // all: 60, 80, 80 → mean 73.33; group A alone (z = 0), group B equal (sd 0 → z = 0)
        var items = List.of(item("A", "60"), item("B", "80"), item("B", "80"));
        assertThat(norm(items, "100")).containsExactly("73.33", "73.33", "73.33");
    }

    @Test
    void theResultStaysWithinTheSheetsRange() {
        // all: 0, 0, 0, 100 → mean 25, sd 43.30; group A: 0, 100 → z = ±1 → 25 ± 43.30 → −18.30 kept at 0, 68.30
        var items = List.of(item("A", "0"), item("A", "100"), item("B", "0"), item("B", "0"));
        assertThat(norm(items, "60")).containsExactly("0.00", "60.00", "25.00", "25.00");
    }

    @Test
    void aUnitWithoutATotalHasNoNormalisedTotal() {
        var items = List.of(item("A", "90"), item("A", null), item("A", "80"));
        assertThat(norm(items, "100")).containsExactly("90.00", null, "80.00");
    }
}
