package vn.vusta.thidua.meeting;

import java.util.List;

/** The usual agenda of each kind of meeting (the cluster reports of domain.md §5); the host edits it. */
final class DefaultAgenda {
    private DefaultAgenda() {}

    static List<String> of(MeetingType type) {
        return switch (type) {
            case COVENANT_SIGNING -> List.of("Thông qua kế hoạch, quy chế hoạt động và tiêu chí chấm điểm của Cụm",
                    "Ký kết giao ước thi đua");
            case SIX_MONTH_REVIEW -> List.of("Báo cáo sơ kết 6 tháng của các đơn vị thành viên", "Thảo luận, thống nhất nhiệm vụ 6 tháng cuối năm");
            case NINE_MONTH_BRIEFING -> List.of("Báo cáo kết quả 9 tháng của các đơn vị thành viên", "Thảo luận nhiệm vụ quý IV");
            case YEAR_END_SUMMARY -> List.of("Báo cáo tổng kết công tác thi đua, khen thưởng của Cụm", "Công bố kết quả chấm điểm",
                    "Bình xét, suy tôn đơn vị dẫn đầu", "Đề nghị khen thưởng", "Giới thiệu cụm trưởng, cụm phó năm sau");
            case EXTRAORDINARY -> List.of("Nội dung hội nghị");
            case NATIONAL_BRIEFING -> List.of("Báo cáo tình hình hoạt động 6 tháng đầu năm", "Triển khai công tác thi đua, khen thưởng",
                    "Thảo luận, kiến nghị");
        };
    }
}
