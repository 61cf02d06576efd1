package vn.vusta.thidua.ballot;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * Closes ballots whose set closing time has passed. Safe with several nodes: closing locks the ballot's row and
 * re-checks that it is still open, so a second node finds it closed and does nothing.
 */
@Component
class BallotAutoClose {
    private static final Logger log = LoggerFactory.getLogger(BallotAutoClose.class);
    private final BallotRecords records;
    private final Ballots ballots;
    private final Clock clock;

    BallotAutoClose(BallotRecords records, Ballots ballots, Clock clock) {
        this.records = records;
        this.ballots = ballots;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${thidua.ballot.close-check:PT30S}", fixedDelayString = "${thidua.ballot.close-check:PT30S}")
    void closeDue() {
        for (var id : records.dueToClose(Instant.now(clock))) {
            try {
                ballots.closeDue(id);
            } catch (BusinessRuleException e) {
                log.debug("Ballot {} not closed automatically: {}", id, e.messageKey());
            }
        }
    }
}
