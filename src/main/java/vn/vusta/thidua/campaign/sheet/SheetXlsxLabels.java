package vn.vusta.thidua.campaign.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.common.VietnameseText;

/**
 * The Vietnamese words of a sheet's XLSX file, whatever the page's language: the file is the office's own Excel
 * workbook. Reading matches them with or without diacritics and in any case.
 */
final class SheetXlsxLabels {
    private SheetXlsxLabels() {}

    static final String CRITERIA_SHEET = "Tiêu chí";
    static final String INFO_SHEET = "Thông tin";

    static final String CODE = "Mã";
    static final String PARENT = "Thuộc nhóm";
    static final String NAME = "Tên tiêu chí";
    static final String TYPE = "Loại";
    static final String FORMULA = "Công thức";
    static final String MAX = "Điểm tối đa";
    static final String PER_OCCURRENCE = "Điểm mỗi lần";
    static final String EVIDENCE = "Cần minh chứng";
    static final String UNIT = "Đơn vị tính";
    static final String GUIDANCE = "Hướng dẫn";
    static final List<String> HEADERS = List.of(CODE, PARENT, NAME, TYPE, FORMULA, MAX, PER_OCCURRENCE, EVIDENCE, UNIT, GUIDANCE);
    static final List<String> REQUIRED = List.of(CODE, NAME, TYPE, MAX);

    static final String INFO_CODE = "Mã bảng điểm";
    static final String INFO_NAME = "Tên bảng điểm";
    static final String INFO_LEVEL = "Cấp";
    static final String INFO_FROM = "Có hiệu lực từ";
    static final String INFO_TO = "Hết hiệu lực";
    static final String INFO_REF = "Căn cứ";
    static final String INFO_VERSION = "Phiên bản";

    static final String YES = "Có";
    static final String NO = "Không";

    static final Map<CriterionType, String> TYPES = Map.of(
            CriterionType.GROUP, "Nhóm", CriterionType.QUANTITATIVE, "Định lượng", CriterionType.JUDGED, "Chấm trực tiếp",
            CriterionType.PASS_FAIL, "Đạt/Không đạt", CriterionType.PER_OCCURRENCE, "Theo số lần",
            CriterionType.BONUS, "Điểm thưởng", CriterionType.PENALTY, "Điểm trừ");
    static final Map<Formula, String> FORMULAS = Map.of(Formula.PROPORTIONAL, "Tỷ lệ", Formula.FULL_AT_TARGET, "Đạt chỉ tiêu",
            Formula.RELATIVE_TO_BEST, "So với đơn vị cao nhất");
    static final Map<ClusterLevel, String> LEVELS = Map.of(ClusterLevel.VUSTA, "Liên hiệp Hội Việt Nam",
            ClusterLevel.CENTRAL, "Hội đồng Thi đua – Khen thưởng Trung ương", ClusterLevel.PROVINCIAL, "Liên hiệp Hội tỉnh, thành phố");

    static List<String> typeLabels() { return Arrays.stream(CriterionType.values()).map(TYPES::get).toList(); }

    static List<String> formulaLabels() { return Arrays.stream(Formula.values()).map(FORMULAS::get).toList(); }

    static <T> Optional<T> match(Map<T, String> labels, String text) {
        var folded = fold(text);
        return labels.entrySet().stream().filter(e -> fold(e.getValue()).equals(folded)).map(Map.Entry::getKey).findFirst();
    }

    static String fold(String s) { return VietnameseText.fold(s).replaceAll("\\s+", " ").replace(" / ", "/"); }
}
