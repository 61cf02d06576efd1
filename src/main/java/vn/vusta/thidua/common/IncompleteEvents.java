package vn.vusta.thidua.common;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events whose listener did not finish (the application stopped, or the listener failed) stay incomplete in the JDBC
 * event publication registry; this hands them to their listeners again once they are older than
 * {@code thidua.events.resubmit-after} (10 minutes), checked every {@code thidua.events.resubmit-check}. The age keeps
 * a listener that is still running on another node from being run twice. Listeners are written to be safe to repeat.
 */
@Component
class IncompleteEvents {
    private static final Logger log = LoggerFactory.getLogger(IncompleteEvents.class);
    private final IncompleteEventPublications incomplete;
    private final Duration after;

    IncompleteEvents(IncompleteEventPublications incomplete, @Value("${thidua.events.resubmit-after:PT10M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${thidua.events.resubmit-check:PT5M}", fixedDelayString = "${thidua.events.resubmit-check:PT5M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(after);
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed; the next check tries again", e);
        }
    }
}
