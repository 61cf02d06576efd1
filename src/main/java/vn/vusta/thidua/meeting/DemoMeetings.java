package vn.vusta.thidua.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.ballot.Ballots;
import vn.vusta.thidua.ballot.PaperCounts;
import vn.vusta.thidua.cluster.ClusterQueries;

/**
 * DEMO ONLY (demo switch {@code thidua.demo.enabled}): the finished 2024 year-end summary of Cụm thi đua số 3 (Sa Pa,
 * 22/11/2024, Lào Cai as head, as the founding article reports), every member present, the acclaim and certificate
 * ballots counted on paper (candidates in the order of the demo's published league table), the minutes finalised.
 * Invented delegates and counts, labelled "dữ liệu mẫu"; made by the demo office account; loaded once (idempotent).
 * Next year's head is not elected here: the 2025 leadership stays as the reference data has it.
 */
@Component
@Order(30)
class DemoMeetings implements ApplicationRunner {
    static final String TITLE = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 – Cụm thi đua số 3 (dữ liệu mẫu)";
    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private final Environment environment;
    private final TransactionTemplate tx;
    private final Meetings meetings;
    private final MeetingService service;
    private final MeetingBallots meetingBallots;
    private final Ballots ballots;
    private final MinutesService minutes;
    private final ClusterQueries clusters;

    DemoMeetings(Environment environment, TransactionTemplate tx, Meetings meetings, MeetingService service, MeetingBallots meetingBallots,
                 Ballots ballots, MinutesService minutes, ClusterQueries clusters) {
        this.environment = environment;
        this.tx = tx;
        this.meetings = meetings;
        this.service = service;
        this.meetingBallots = meetingBallots;
        this.ballots = ballots;
        this.minutes = minutes;
        this.clusters = clusters;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) return;
        if (meetings.findByYearOrderByStartsAtDescIdDesc(2024).stream().anyMatch(m -> TITLE.equals(m.getTitle()))) return;
        var cluster = clusters.byCode("CUM-03", 2024).orElse(null);
        if (cluster == null || cluster.head() == null) return;
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("vanphong.demo", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
        try {
            tx.executeWithoutResult(s -> build(cluster.id(), cluster.head().id()));
            log.info("DEMO: finished 2024 year-end summary of Cụm thi đua số 3 with its ballots and minutes (dữ liệu mẫu)");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void build(long clusterId, long headId) {
        var meeting = service.create(MeetingType.YEAR_END_SUMMARY, clusterId, new MeetingDetails(TITLE, headId,
                Instant.parse("2024-11-22T01:00:00Z"), "Thị xã Sa Pa, tỉnh Lào Cai", null, QuorumRule.MORE_THAN_HALF, true, true,
                "Lãnh đạo các Ban của Liên hiệp Hội Việt Nam (dữ liệu mẫu)", "Chủ tịch Liên hiệp Hội tỉnh Lào Cai (dữ liệu mẫu)",
                "Chánh Văn phòng Liên hiệp Hội tỉnh Lào Cai (dữ liệu mẫu)"));
        long id = meeting.getId();
        var attendance = new java.util.LinkedHashMap<Long, Meeting.Attendance>();
        meeting.getInvitations().forEach(i -> attendance.put(i.getUnitId(), new Meeting.Attendance(true, "Đại biểu đơn vị (dữ liệu mẫu)", "Phó Chủ tịch")));
        service.recordAttendance(id, meeting.getVersion(), attendance);
        var conclusions = List.of("Hội nghị nhất trí thông qua báo cáo tổng kết năm 2024 và phương hướng năm 2025.",
                "Hội nghị thống nhất kết quả chấm điểm đã công bố.", "Hội nghị bỏ phiếu kín suy tôn đơn vị dẫn đầu (xem mục kết quả bỏ phiếu).",
                "Hội nghị bỏ phiếu kín đề nghị tặng Bằng khen (xem mục kết quả bỏ phiếu).",
                "Cụm trưởng năm 2025 được giới thiệu theo luân phiên; Văn phòng ghi nhận sau hội nghị.");
        var items = meetings.withAgenda(id).orElseThrow().getAgenda().stream().map(AgendaItem::getId).toList();
        for (int i = 0; i < items.size() && i < conclusions.size(); i++) {
            var item = meetings.withAgenda(id).orElseThrow().item(items.get(i));
            service.editAgendaItem(id, meetings.findById(id).orElseThrow().getVersion(), items.get(i), item.getTitle(), null, conclusions.get(i));
        }
        paper(meetingBallots.createPreset(id, BallotPurpose.ACCLAIM_LEADER, null), Map.of(0, 6, 1, 1));
        paper(meetingBallots.createPreset(id, BallotPurpose.CERTIFICATE_PROPOSAL, null), Map.of(0, 7, 1, 6, 2, 5, 3, 2, 4, 1));
        minutes.generate(id, null, false);
        minutes.finalise(id, 0L + minutesVersion(id));
    }

    /** Counts of a paper ballot, by candidate position: every member present cast one ballot. */
    private void paper(long ballotId, Map<Integer, Integer> votesByPosition) {
        var view = ballots.find(ballotId).orElseThrow();
        var counts = view.candidates().stream().map(c -> PaperCounts.Count.votes(c.id(), votesByPosition.getOrDefault(view.candidates().indexOf(c), 0))).toList();
        ballots.enterPaperCounts(ballotId, new PaperCounts(view.electorateSize(), 0, counts));
    }

    private long minutesVersion(long id) { return minutes.version(id); }
}
