package vn.vusta.thidua.meeting;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.ballot.BallotClosed;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.cluster.LeadershipElections;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.TimeConfig;

/**
 * When a meeting's ballot for next year's head (or deputy) closes with one winner, that unit becomes the head (deputy)
 * of the cluster's next year through the cluster's leadership record, with the meeting as its reference.
 */
@Component
class ElectedLeadership {
    private static final Logger log = LoggerFactory.getLogger(ElectedLeadership.class);
    private final LeadershipElections elections;
    private final Meetings meetings;

    ElectedLeadership(LeadershipElections elections, Meetings meetings) {
        this.elections = elections;
        this.meetings = meetings;
    }

    @ApplicationModuleListener
    void on(BallotClosed closed) {
        boolean head = closed.purpose() == BallotPurpose.NEXT_HEAD;
        if (!head && closed.purpose() != BallotPurpose.NEXT_DEPUTY || closed.meetingId() == null || closed.winnerUnitIds().size() != 1) return;
        var meeting = meetings.findById(closed.meetingId()).orElse(null);
        if (meeting == null || meeting.getClusterId() == null) return;
        var day = LocalDate.ofInstant(meeting.getStartsAt(), TimeConfig.VIETNAM);
        var reference = "Biên bản " + meeting.getTitle() + " ngày " + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                + " (kết quả bỏ phiếu kín)";
        try {
            elections.recordElected(meeting.getClusterId(), closed.winnerUnitIds().getFirst(), !head, day,
                    reference.length() > 300 ? reference.substring(0, 300) : reference);
        } catch (BusinessRuleException e) {
            // the year after has no cluster yet, or the winner cannot take the place: the office records it by hand
            log.warn("Elected {} of meeting {} not recorded: {}", head ? "head" : "deputy", closed.meetingId(), e.messageKey());
        }
    }
}
