package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.vusta.thidua.campaign.sheet.CriterionSpec;
import vn.vusta.thidua.campaign.sheet.CriterionType;
import vn.vusta.thidua.campaign.sheet.Formula;
import vn.vusta.thidua.campaign.sheet.ScoringSheet;
import vn.vusta.thidua.cluster.ClusterLevel;

/**
 * DEMO ONLY: a small scoring sheet of the usual shape (four groups of 100 points, bonus and penalty) for the demo
 * results, labelled demo. To be replaced by the sheets' {@code DemoSheets} once that is on main.
 */
final class DemoResultSheet {
    private DemoResultSheet() {}

    static ScoringSheet build(long ownerUnitId) {
        var s = new ScoringSheet("DEMO-KQ-2024", 1, "Bảng điểm thi đua cụm Liên hiệp Hội tỉnh, thành phố (minh họa – demo)",
                ClusterLevel.VUSTA, ownerUnitId, LocalDate.of(2024, 1, 1));
        var g1 = s.add(null, group("I", "Công tác tổ chức, xây dựng Hội", 30));
        s.add(g1, new CriterionSpec("I.1", "Phát triển hội thành viên so với chỉ tiêu đăng ký", null, CriterionType.QUANTITATIVE,
                Formula.PROPORTIONAL, pts(10), null, true, "hội"));
        s.add(g1, leaf("I.2", "Kiện toàn tổ chức, bộ máy cơ quan", CriterionType.JUDGED, 10, null));
        s.add(g1, leaf("I.3", "Báo cáo đúng hạn, đủ nội dung", CriterionType.PASS_FAIL, 10, null));
        var g2 = s.add(null, group("II", "Tư vấn, phản biện và giám định xã hội", 30));
        s.add(g2, leaf("II.1", "Số đề án, chương trình tư vấn, phản biện", CriterionType.PER_OCCURRENCE, 15, 3));
        s.add(g2, leaf("II.2", "Chất lượng, hiệu quả tư vấn, phản biện", CriterionType.JUDGED, 15, null));
        var g3 = s.add(null, group("III", "Phổ biến kiến thức, hoạt động khoa học và công nghệ", 30));
        s.add(g3, leaf("III.1", "Phổ biến kiến thức khoa học, truyền thông", CriterionType.JUDGED, 15, null));
        s.add(g3, leaf("III.2", "Hội thảo, hội nghị khoa học", CriterionType.PER_OCCURRENCE, 15, 3));
        var g4 = s.add(null, group("IV", "Công tác thi đua, khen thưởng", 10));
        s.add(g4, leaf("IV.1", "Tổ chức phong trào thi đua, sơ kết, tổng kết", CriterionType.JUDGED, 10, null));
        s.add(null, leaf("V", "Điểm thưởng", CriterionType.BONUS, 5, null));
        s.add(null, leaf("VI", "Điểm trừ", CriterionType.PENALTY, 5, 1));
        return s;
    }

    private static CriterionSpec group(String code, String name, int max) {
        return new CriterionSpec(code, name, null, CriterionType.GROUP, null, pts(max), null, false, null);
    }

    private static CriterionSpec leaf(String code, String name, CriterionType type, int max, Integer perOccurrence) {
        return new CriterionSpec(code, name, null, type, null, pts(max), perOccurrence == null ? null : pts(perOccurrence), false, null);
    }

    private static BigDecimal pts(int n) { return BigDecimal.valueOf(n); }
}
