package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Vietnamese order, syllable by syllable, and the folded form used for search. */
class VietnameseTextTests {

    static List<String> sorted(List<String> names) {
        var shuffled = new ArrayList<>(names);
        Collections.reverse(shuffled);
        shuffled.sort(VietnameseText.byName(Function.identity()));
        return shuffled;
    }

    @Test
    void ordersSyllableBySyllable() {
        var expected = List.of("Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang");
        assertThat(sorted(expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void theJdkCollatorIgnoresTheSpacesBetweenSyllables() {
        var collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        var names = new ArrayList<>(List.of("Hà Tĩnh", "Hải Dương", "Hà Nam", "Hà Giang", "Hà Nội"));
        names.sort(collator);
        assertThat(names).containsExactly("Hà Giang", "Hải Dương", "Hà Nam", "Hà Nội", "Hà Tĩnh");
    }

    @Test
    void followsTheVietnameseAlphabetThenTheTone() {
        var expected = List.of("An Giang", "Ân Thi", "Bà Rịa – Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
                "Bến Tre", "Bình Dương", "Bình Định", "Cà Mau", "Cao Bằng", "Cần Thơ", "Dak", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
                "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
                "Hải Phòng", "Hậu Giang", "Hòa Bình", "Huế", "Hưng Yên", "Ô Môn", "Ơ Vàng", "Uông Bí", "Ưng Hòa");
        assertThat(sorted(expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void tonesInDictionaryOrder() {
        var expected = List.of("ma", "mà", "mả", "mã", "má", "mạ", "mai");
        assertThat(sorted(expected)).containsExactlyElementsOf(expected);
    }

    @Test
    void numbersInTheirNaturalOrderAndCaseIgnored() {
        assertThat(sorted(List.of("Cụm 1", "Cụm 2", "Cụm 10", "cụm 11", "Cụm thi đua"))).containsExactly("Cụm 1", "Cụm 2",
                "Cụm 10", "cụm 11", "Cụm thi đua");
        assertThat(VietnameseText.sortKey("HÀ NỘI")).isEqualTo(VietnameseText.sortKey("hà nội"));
        assertThat(VietnameseText.sortKey("Hà Nội")).matches("[0-9]+");
    }

    @Test
    void decomposedInputSortsLikeComposed() {
        var decomposed = java.text.Normalizer.normalize("Hải Dương", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.sortKey(decomposed)).isEqualTo(VietnameseText.sortKey("Hải Dương"));
    }

    @Test
    void foldsDiacriticsAndCase() {
        assertThat(VietnameseText.fold("Đắk Lắk – HÀ NỘI")).isEqualTo("dak lak – ha noi");
    }
}
