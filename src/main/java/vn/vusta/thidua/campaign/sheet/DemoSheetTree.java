package vn.vusta.thidua.campaign.sheet;

import static vn.vusta.thidua.campaign.sheet.CriterionType.BONUS;
import static vn.vusta.thidua.campaign.sheet.CriterionType.PENALTY;
import static vn.vusta.thidua.campaign.sheet.CriterionType.PER_OCCURRENCE;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.group;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.judged;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.passFail;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.perOccurrence;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.quantitative;
import static vn.vusta.thidua.campaign.sheet.DemoSheets.spec;
import static vn.vusta.thidua.campaign.sheet.Formula.FULL_AT_TARGET;
import static vn.vusta.thidua.campaign.sheet.Formula.PROPORTIONAL;
import static vn.vusta.thidua.campaign.sheet.Formula.RELATIVE_TO_BEST;

/** The invented criteria of the demo sheet, shaped like the sheets VUSTA's clusters keep in Excel. */
final class DemoSheetTree {
    private DemoSheetTree() {}

    static void build(ScoringSheet s) {
        var i = s.add(null, group("I", "Công tác tổ chức, xây dựng hội", "20"));
        s.add(i, passFail("I.1", "Kiện toàn tổ chức bộ máy; đại hội nhiệm kỳ đúng hạn", "3", true));
        s.add(i, quantitative("I.2", "Phát triển hội thành viên mới", PROPORTIONAL, "4", "hội",
                "Theo quyết định công nhận hội thành viên trong năm; so với chỉ tiêu đã đăng ký."));
        s.add(i, quantitative("I.3", "Phát triển hội viên cá nhân, hội viên tổ chức", PROPORTIONAL, "3", "hội viên", null));
        s.add(i, judged("I.4", "Xây dựng và thực hiện quy chế làm việc, quy chế phối hợp", "2", "Chấm 0–2 điểm theo mức độ hoàn thành."));
        s.add(i, judged("I.5", "Công tác Đảng, đoàn thể trong cơ quan Liên hiệp Hội", "2", null));
        var i6 = s.add(i, group("I.6", "Thực hiện chế độ thông tin, báo cáo", "4"));
        s.add(i6, passFail("I.6.a", "Báo cáo sơ kết 6 tháng gửi đúng hạn", "1", true));
        s.add(i6, passFail("I.6.b", "Báo cáo 9 tháng gửi đúng hạn", "1", true));
        s.add(i6, passFail("I.6.c", "Báo cáo tổng kết năm gửi đúng hạn", "2", true));
        s.add(i, perOccurrence(PER_OCCURRENCE, "I.7", "Tham gia các hoạt động chung của cụm", "2", "0.5", "lần"));

        var ii = s.add(null, group("II", "Hoạt động tư vấn, phản biện và giám định xã hội", "20"));
        s.add(ii, quantitative("II.1", "Số nhiệm vụ tư vấn, phản biện và giám định xã hội đã thực hiện", PROPORTIONAL, "6", "nhiệm vụ",
                "Nhiệm vụ do UBND tỉnh, HĐND tỉnh hoặc sở, ngành đặt hàng, có văn bản kết quả gửi cơ quan yêu cầu."));
        s.add(ii, quantitative("II.2", "Số văn bản góp ý dự thảo văn bản quy phạm pháp luật", RELATIVE_TO_BEST, "4", "văn bản",
                "Đơn vị có nhiều văn bản nhất trong cụm đạt điểm tối đa; các đơn vị khác tính theo tỷ lệ."));
        var ii3 = s.add(ii, group("II.3", "Chất lượng, hiệu quả hoạt động tư vấn, phản biện", "6"));
        s.add(ii3, judged("II.3.a", "Kiến nghị được cơ quan có thẩm quyền tiếp thu", "3", "Có văn bản tiếp thu hoặc phản hồi."));
        s.add(ii3, perOccurrence(PER_OCCURRENCE, "II.3.b", "Tổ chức hội thảo phản biện chuyên đề", "3", "1", "hội thảo"));
        s.add(ii, passFail("II.4", "Thành lập và duy trì hội đồng tư vấn của Liên hiệp Hội", "2", true));
        s.add(ii, judged("II.5", "Cơ chế phối hợp với UBND tỉnh trong tư vấn, phản biện", "2", null));

        var iii = s.add(null, group("III", "Phổ biến kiến thức", "15"));
        s.add(iii, quantitative("III.1", "Số bản tin, tạp chí khoa học phát hành", PROPORTIONAL, "3", "số", null));
        s.add(iii, passFail("III.2", "Trang thông tin điện tử cập nhật thường xuyên", "2", false));
        s.add(iii, quantitative("III.3", "Lớp tập huấn, phổ biến kiến thức khoa học và công nghệ", PROPORTIONAL, "3", "lớp", null));
        var iii4 = s.add(iii, group("III.4", "Hội thi Sáng tạo kỹ thuật, Cuộc thi Sáng tạo thanh thiếu niên nhi đồng", "5"));
        s.add(iii4, passFail("III.4.a", "Tổ chức Hội thi Sáng tạo kỹ thuật cấp tỉnh", "2", true));
        s.add(iii4, passFail("III.4.b", "Tổ chức Cuộc thi Sáng tạo thanh thiếu niên nhi đồng cấp tỉnh", "1", true));
        s.add(iii4, quantitative("III.4.c", "Số giải đạt được ở cấp toàn quốc", RELATIVE_TO_BEST, "2", "giải", null));
        s.add(iii, judged("III.5", "Phối hợp với cơ quan báo chí, truyền thông", "2", null));

        var iv = s.add(null, group("IV", "Hoạt động khoa học và công nghệ, hội thảo", "25"));
        s.add(iv, quantitative("IV.1", "Đề tài, dự án khoa học và công nghệ chủ trì thực hiện", PROPORTIONAL, "5", "đề tài", null));
        s.add(iv, perOccurrence(PER_OCCURRENCE, "IV.2", "Hội thảo, diễn đàn khoa học do đơn vị tổ chức", "4", "1", "hội thảo"));
        s.add(iv, judged("IV.3", "Ứng dụng, chuyển giao tiến bộ khoa học và công nghệ vào sản xuất, đời sống", "4",
                "Nêu tên mô hình, địa bàn, hiệu quả; kèm xác nhận của địa phương."));
        var iv4 = s.add(iv, group("IV.4", "Đào tạo, bồi dưỡng nguồn nhân lực", "6"));
        s.add(iv4, quantitative("IV.4.a", "Khóa đào tạo, bồi dưỡng đã tổ chức", FULL_AT_TARGET, "3", "khóa", "Đạt chỉ tiêu đăng ký: đủ điểm; không đạt: 0 điểm."));
        s.add(iv4, quantitative("IV.4.b", "Số lượt người được đào tạo, bồi dưỡng", PROPORTIONAL, "3", "lượt người", null));
        var iv5 = s.add(iv, group("IV.5", "Giải thưởng Sáng tạo khoa học công nghệ", "3"));
        s.add(iv5, passFail("IV.5.a", "Tổ chức, tham gia Giải thưởng Sáng tạo khoa học công nghệ Việt Nam", "1", true));
        s.add(iv5, perOccurrence(PER_OCCURRENCE, "IV.5.b", "Số giải thưởng đạt được", "2", "1", "giải"));
        s.add(iv, judged("IV.6", "Hợp tác quốc tế về khoa học và công nghệ", "3", null));

        var v = s.add(null, group("V", "Công tác thi đua, khen thưởng", "20"));
        s.add(v, passFail("V.1", "Ký kết giao ước thi đua của cụm", "2", true));
        s.add(v, judged("V.2", "Phát động và tổ chức các phong trào thi đua", "3", null));
        s.add(v, judged("V.3", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", "3", null));
        s.add(v, passFail("V.4", "Hồ sơ đề nghị khen thưởng đúng quy định, đúng hạn", "2", true));
        var v5 = s.add(v, group("V.5", "Sơ kết, tổng kết công tác thi đua", "6"));
        s.add(v5, passFail("V.5.a", "Sơ kết thi đua 6 tháng", "2", true));
        s.add(v5, passFail("V.5.b", "Tổng kết thi đua năm", "2", true));
        s.add(v5, perOccurrence(PER_OCCURRENCE, "V.5.c", "Tham dự hội nghị của cụm", "2", "1", "lần"));
        var v6 = s.add(v, group("V.6", "Công tác tài chính, kiểm tra, giám sát", "4"));
        s.add(v6, passFail("V.6.a", "Quản lý, sử dụng tài chính đúng quy định", "2", true));
        s.add(v6, judged("V.6.b", "Tự kiểm tra, giám sát nội bộ", "2", null));

        var vi = s.add(null, group("VI", "Điểm thưởng", "10"));
        s.add(vi, perOccurrence(BONUS, "VI.1", "Được tặng Cờ thi đua, Bằng khen của Chính phủ hoặc Trung ương", "4", "2", "lần"));
        s.add(vi, perOccurrence(BONUS, "VI.2", "Sáng kiến, mô hình mới được cụm công nhận và nhân rộng", "3", "1", "sáng kiến"));
        s.add(vi, spec("VI.3", "Đăng cai hội nghị của cụm, sự kiện khoa học lớn", BONUS, null, "3", null, true, null,
                "Cụm trưởng đề xuất mức điểm, tối đa 3 điểm."));
        s.add(vi, perOccurrence(BONUS, "VI.4", "Được khen thưởng đột xuất", "2", "1", "lần"));

        var vii = s.add(null, group("VII", "Điểm trừ", "10"));
        s.add(vii, perOccurrence(PENALTY, "VII.1", "Gửi báo cáo chậm hạn", "2", "0.5", "lần"));
        s.add(vii, perOccurrence(PENALTY, "VII.2", "Không tham gia hoạt động chung của cụm không có lý do", "3", "1", "lần"));
        s.add(vii, spec("VII.3", "Vi phạm quy định tài chính, kỷ luật", PENALTY, null, "5", null, false, null,
                "Theo kết luận của cơ quan có thẩm quyền."));
        s.add(vii, perOccurrence(PENALTY, "VII.4", "Để xảy ra đơn thư khiếu nại kéo dài thuộc trách nhiệm của đơn vị", "3", "1", "vụ"));
    }
}
