package vn.vusta.thidua.cluster;

import java.util.Locale;

/**
 * The issuing side of an official document's heading in the layout of Decree 30/2020/NĐ-CP: the parent body (cơ quan
 * chủ quản) and the issuing body in capitals, and the place (địa danh) of the date line. {@code parent} null: VUSTA,
 * named by the document's message bundle ({@code document.decree30.org}); else the official name of the union owning
 * an internal cluster, broken after "KHOA HỌC" as VUSTA's own name is.
 */
public record Letterhead(String parent, String issuer, String place) {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** VUSTA's seat: the place of its own documents, and of a cluster's when no province is known. */
    public static final String VUSTA_PLACE = "Hà Nội";

    /** A document issued under VUSTA by {@code issuer} (already in capitals), in Hà Nội. */
    public static Letterhead vusta(String issuer) { return new Letterhead(null, issuer, VUSTA_PLACE); }

    /** A name in Vietnamese capitals ("Cụm thi đua số 1" → "CỤM THI ĐUA SỐ 1"). */
    public static String capitals(String name) { return name == null ? null : name.toUpperCase(VIETNAMESE); }

    /** The parent body's name in capitals, on two lines before "VÀ KỸ THUẬT" when it has them. */
    static String parentName(String officialName) {
        var upper = capitals(officialName.strip());
        int at = upper.indexOf(" VÀ KỸ THUẬT");
        return at < 0 ? upper : upper.substring(0, at) + "\n" + upper.substring(at + 1);
    }

    /**
     * The place as Decree 30 writes it: the province's name, in full where it is named after a person ("Thành phố
     * Hồ Chí Minh").
     */
    static String placeOf(String province) {
        if (province == null || province.isBlank()) return null;
        var p = province.strip();
        return p.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : p;
    }
}
