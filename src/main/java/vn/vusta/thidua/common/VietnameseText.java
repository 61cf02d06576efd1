package vn.vusta.thidua.common;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Vietnamese text helpers: name order by Vietnamese collation, and accent-insensitive search. */
public final class VietnameseText {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private VietnameseText() {}

    /** Orders by the Vietnamese alphabet (a ă â b c d đ e ê …). */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        var collator = Collator.getInstance(VI);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.comparing(name, collator);
    }

    /** "Hà Nội" → "ha noi": for matching what users type with or without diacritics. */
    public static String fold(String s) {
        if (s == null) return "";
        var nfd = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }
}
