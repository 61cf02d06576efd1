package vn.vusta.thidua.meeting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.vusta.thidua.document.Decree30Dates;

/**
 * The text of the minutes (biên bản) generated from the meeting's data: time (dated as Decree 30 writes dates), place
 * and form (in person, online or both), who attended (the delegates of the member units, the absent ones, the guests), whether the meeting could decide, the agenda with its conclusions,
 * and each ballot's question and result (paper ballots marked). Headings are lines of the form "I. ...". The
 * secretary edits it before it is finalised; the signature block is not part of it.
 */
final class MinutesText {
    private MinutesText() {}

    /** A ballot of the meeting as the minutes report it. */
    record BallotLine(String question, String result, boolean paper) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm");

    static String of(MeetingQueries.View m, List<BallotLine> ballots) {
        var out = new ArrayList<String>();
        out.add("I. THỜI GIAN, ĐỊA ĐIỂM");
        out.add("Vào hồi " + TIME.format(m.startsAt()) + " " + Decree30Dates.words(m.startsAt().toLocalDate()) + ", " + where(m) + ", "
                + (m.cluster() != null ? m.cluster().name() + " tổ chức " : "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức ")
                + lowerFirst(m.title()) + "."
                + (m.host() != null ? " Đơn vị đăng cai: " + m.host().name() + "." : ""));
        out.add("II. THÀNH PHẦN THAM DỰ");
        out.add("Chủ trì: " + orDots(m.chairName()) + ". Thư ký: " + orDots(m.secretaryName()) + ".");
        var guests = new ArrayList<String>();
        if (m.inviteSupervisor() && m.cluster() != null) {
            guests.add("Ủy viên Đoàn Chủ tịch phụ trách cụm" + (m.cluster().supervisorName() != null ? " " + m.cluster().supervisorName() : ""));
        }
        if (m.inviteOffice()) guests.add("đại diện Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam");
        if (m.otherGuests() != null) guests.add(m.otherGuests().replace('\n', ' ').strip());
        if (!guests.isEmpty()) out.add("Khách mời: " + String.join("; ", guests) + ".");
        var q = m.quorum();
        out.add("Đại biểu các đơn vị thành viên: " + q.present() + "/" + q.members() + " đơn vị có mặt:");
        int n = 1;
        for (var a : m.present()) {
            out.add("  " + n++ + ". " + a.name() + ": " + a.delegateName() + (a.delegatePosition() != null ? ", " + a.delegatePosition() : "") + ".");
        }
        var absent = m.attendees().stream().filter(a -> !a.present()).map(MeetingQueries.Attendee::name).toList();
        if (!absent.isEmpty()) out.add("Vắng mặt: " + String.join(", ", absent) + ".");
        out.add(q.reached()
                ? "Hội nghị đủ điều kiện tiến hành và biểu quyết (" + rule(m.quorumRule()) + " số đơn vị thành viên; cần ít nhất " + q.needed() + " đơn vị có mặt)."
                : "Hội nghị chưa đủ điều kiện biểu quyết (" + rule(m.quorumRule()) + " số đơn vị thành viên; cần ít nhất " + q.needed() + " đơn vị có mặt).");
        out.add("III. NỘI DUNG HỘI NGHỊ");
        for (var item : m.agenda()) {
            out.add(item.position() + ". " + item.title() + (item.presenter() != null ? " (trình bày: " + item.presenter() + ")" : "") + ".");
            if (!item.documents().isEmpty()) {
                out.add("Báo cáo của các đơn vị: " + String.join(", ", item.documents().stream().map(MeetingQueries.Report::unitName).distinct().toList()) + ".");
            }
            var conclusion = item.conclusion() == null ? "…" : item.conclusion().replace('\n', ' ').strip();
            out.add("Kết luận: " + conclusion + (conclusion.endsWith(".") || conclusion.endsWith("…") ? "" : "."));
        }
        if (!ballots.isEmpty()) {
            out.add("IV. KẾT QUẢ BỎ PHIẾU");
            int b = 1;
            for (var ballot : ballots) {
                out.add(b++ + ". " + ballot.question() + (ballot.paper() ? " (bỏ phiếu kín bằng phiếu giấy; thư ký nhập kết quả kiểm phiếu)" : " (bỏ phiếu kín trên hệ thống)") + ".");
                out.add("Kết quả: " + ballot.result());
            }
        }
        out.add((ballots.isEmpty() ? "IV" : "V") + ". KẾT THÚC");
        out.add("Hội nghị kết thúc vào hồi … giờ … cùng ngày. Biên bản được lập thành … bản, đã thông qua trước hội nghị.");
        return String.join("\n", out);
    }

    /**
     * How the meeting was held, as recorded: a venue only in person ("tại …"), a link only online ("theo hình thức trực
     * tuyến"), both hybrid ("tại …, kết hợp trực tuyến"). The meeting form requires one of the two.
     */
    private static String where(MeetingQueries.View m) {
        boolean venue = m.place() != null && !m.place().isBlank();
        boolean online = m.onlineLink() != null && !m.onlineLink().isBlank();
        if (!online) return "tại " + (venue ? m.place().strip() : "…");
        return venue ? "tại " + m.place().strip() + ", kết hợp trực tuyến" : "theo hình thức trực tuyến";
    }

    private static String rule(QuorumRule rule) { return rule == QuorumRule.AT_LEAST_TWO_THIRDS ? "ít nhất 2/3" : "hơn 1/2"; }

    private static String orDots(String s) { return s == null ? "…" : s; }

    private static String lowerFirst(String s) { return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1); }

    /** Whether a line of the text is a heading ("I. ...", "IV. ..."). */
    static boolean heading(String line) { return line.matches("^[IVX]+\\. .*"); }
}
