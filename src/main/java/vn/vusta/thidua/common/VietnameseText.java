package vn.vusta.thidua.common;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Vietnamese text helpers: name order syllable by syllable, and accent-insensitive search.
 *
 * <p>The JDK's Vietnamese {@link java.text.Collator} ignores the spaces between syllables, so it puts "Hải Dương"
 * between "Hà Giang" and "Hà Nam". Vietnamese dictionaries compare word by word (syllable by syllable): each
 * syllable by its letters in the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y),
 * then by its tone (none, huyền, hỏi, ngã, sắc, nặng). {@link #sortKey} encodes that as a string of digits whose
 * plain character order is that order, so the database can sort by it under any collation.
 */
public final class VietnameseText {
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final int CACHED_KEYS = 10_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final Comparator<String> ORDER = Comparator.comparing(VietnameseText::cachedSortKey)
            .thenComparing(Comparator.naturalOrder());

    private VietnameseText() {}

    /** Orders by {@link #sortKey} of the name (ties by the name's characters), nulls last. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, Comparator.nullsLast(ORDER));
    }

    /** Sorting compares the same few hundred names again and again: their keys are kept (bounded). */
    private static String cachedSortKey(String s) {
        var key = KEYS.get(s);
        if (key != null) return key;
        if (KEYS.size() >= CACHED_KEYS) KEYS.clear();
        key = sortKey(s);
        KEYS.put(s, key);
        return key;
    }

    /** "Hà Nội" → "ha noi": for matching what users type with or without diacritics. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    public static String fold(String s) {
        if (s == null) return "";
        var nfd = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return nfd.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }

    /**
     * A key (digits only) whose character order is the Vietnamese order of the text, syllable by syllable. Each
     * syllable is its letters (two digits each, 10–42 in alphabet order), then "00", then its tone (0–5); a number
     * is "01", its digit count (two digits) and its digits, so "Cụm 2" comes before "Cụm 10". Anything else
     * (spaces, punctuation) only separates syllables. Case is ignored.
     */
    public static String sortKey(String s) {
        if (s == null) return "";
        var text = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var key = new StringBuilder(text.length() * 2 + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++;
                String digits = text.substring(i, end).replaceFirst("^0+(?=.)", "");
                key.append("01").append(two(Math.min(digits.length(), 99))).append(digits);
                i = end;
            } else if (Character.isLetter(c)) {
                int tone = 0;
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) {
                    char letter = text.charAt(i++);
                    char modifier = 0;
                    while (i < text.length() && isMark(text.charAt(i))) {
                        char mark = text.charAt(i++);
                        int t = tone(mark);
                        if (t > 0) tone = t;
                        else modifier = mark;
                    }
                    key.append(code(letter, modifier));
                }
                key.append("00").append(tone);
            } else {
                i++;
            }
        }
        return key.toString();
    }

    private static boolean isMark(char c) { return Character.getType(c) == Character.NON_SPACING_MARK; }

    private static int tone(char mark) {
        return switch (mark) {
            case '\u0300' -> 1; // huyền
            case '\u0309' -> 2; // hỏi
            case '\u0303' -> 3; // ngã
            case '\u0301' -> 4; // sắc
            case '\u0323' -> 5; // nặng
            default -> 0;
        };
    }

    private static String code(char letter, char modifier) {
        char l = switch (modifier) {
            case '\u0306' -> letter == 'a' ? 'ă' : letter;                                        // breve
            case '\u0302' -> letter == 'a' ? 'â' : letter == 'e' ? 'ê' : letter == 'o' ? 'ô' : letter; // circumflex
            case '\u031B' -> letter == 'o' ? 'ơ' : letter == 'u' ? 'ư' : letter;                    // horn
            default -> letter;
        };
        int index = ALPHABET.indexOf(l);
        return index >= 0 ? two(10 + index) : "99" + String.format("%05d", (int) l);
    }

    private static String two(int n) { return n < 10 ? "0" + n : Integer.toString(n); }
}
