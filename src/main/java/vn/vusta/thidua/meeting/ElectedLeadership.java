package vn.vusta.thidua.meeting;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.ballot.BallotClosed;
import vn.vusta.thidua.ballot.BallotPurpose;
import vn.vusta.thidua.cluster.LeadershipElections;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.TimeConfig;

/**
 * When a meeting's ballot for next year's head (or deputy) closes with one winner, that unit becomes the head (deputy)
 * of the cluster's next year through the cluster's leadership record, with the meeting as its reference.
 * <p>
 * The result is kept with the meeting first ({@code meeting_election}), so it is never lost: at a December summary
 * next year's cluster often does not exist yet. A result that cannot be written yet stays pending with its reason,
 * shown on the meeting page, and is tried again every hour ({@code thidua.meetings.election-retry}) until next year's
 * cluster exists. A result is never written over a leadership the office has already confirmed.
 */
@Component
class ElectedLeadership {
    private static final Logger log = LoggerFactory.getLogger(ElectedLeadership.class);
    private final LeadershipElections elections;
    private final Meetings meetings;
    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final TransactionTemplate separately;

    ElectedLeadership(LeadershipElections elections, Meetings meetings, JdbcTemplate jdbc, Messages messages,
                      PlatformTransactionManager transactions) {
        this.elections = elections;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.messages = messages;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An elected head or deputy as the meeting page shows it. */
    record Election(long ballotId, boolean deputy, long unitId, int forYear, boolean recorded, String problem) {}

    @ApplicationModuleListener
    void on(BallotClosed closed) {
        boolean head = closed.purpose() == BallotPurpose.NEXT_HEAD;
        if (!head && closed.purpose() != BallotPurpose.NEXT_DEPUTY || closed.meetingId() == null || closed.winnerUnitIds().size() != 1) return;
        var meeting = meetings.findById(closed.meetingId()).orElse(null);
        if (meeting == null || meeting.getClusterId() == null) return;
        var day = LocalDate.ofInstant(meeting.getStartsAt(), TimeConfig.VIETNAM);
        var reference = "Biên bản " + meeting.getTitle() + " ngày " + String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear())
                + " (kết quả bỏ phiếu kín)";
        jdbc.update("""
                insert into meeting_election (ballot_id, meeting_id, deputy, unit_id, for_year, elected_on, reference)
                select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from meeting_election where ballot_id = ?)""",
                closed.ballotId(), meeting.getId(), !head, closed.winnerUnitIds().getFirst(), meeting.getYear() + 1, day,
                reference.length() > 300 ? reference.substring(0, 300) : reference, closed.ballotId());
        record(closed.ballotId());
    }

    /** Pending results, tried again until next year's cluster exists (or the office has settled the place itself). */
    @Scheduled(initialDelayString = "${thidua.meetings.election-retry:PT1H}", fixedDelayString = "${thidua.meetings.election-retry:PT1H}")
    void retryPending() {
        for (long ballotId : jdbc.queryForList("select ballot_id from meeting_election where not recorded order by ballot_id", Long.class)) {
            try {
                record(ballotId);
            } catch (RuntimeException e) {
                log.warn("Elected leadership of ballot {} not recorded yet", ballotId, e);
            }
        }
    }

    /** Writes the result on next year's cluster in its own transaction; a refusal is kept as the result's reason. */
    void record(long ballotId) {
        var row = jdbc.queryForMap("select e.*, m.cluster_id from meeting_election e join meeting m on m.id = e.meeting_id where e.ballot_id = ?", ballotId);
        if (Boolean.TRUE.equals(row.get("recorded"))) return;
        try {
            separately.executeWithoutResult(s -> elections.recordElected(((Number) row.get("cluster_id")).longValue(),
                    ((Number) row.get("unit_id")).longValue(), (Boolean) row.get("deputy"),
                    date(row.get("elected_on")), (String) row.get("reference")));
            jdbc.update("update meeting_election set recorded = true, problem = null where ballot_id = ?", ballotId);
        } catch (BusinessRuleException e) {
            String reason = messages.of(e);
            jdbc.update("update meeting_election set problem = ? where ballot_id = ?", reason.length() > 500 ? reason.substring(0, 500) : reason, ballotId);
            log.info("Elected leadership of ballot {} pending: {}", ballotId, reason);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    List<Election> of(long meetingId) {
        return jdbc.query("select ballot_id, deputy, unit_id, for_year, recorded, problem from meeting_election where meeting_id = ? order by ballot_id",
                (rs, i) -> new Election(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getInt(4), rs.getBoolean(5), rs.getString(6)), meetingId);
    }
}
