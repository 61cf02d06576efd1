package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/** Incomplete event publications (after a crash or a failed listener) are resubmitted once old enough. */
class IncompleteEventsTests {

    static class Recording implements IncompleteEventPublications {
        final List<Duration> olderThan = new ArrayList<>();
        boolean fail;

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) { throw new UnsupportedOperationException(); }

        @Override
        public void resubmitIncompletePublications(org.springframework.modulith.events.ResubmissionOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            olderThan.add(duration);
            if (fail) throw new IllegalStateException("database down");
        }
    }

    @Test
    void resubmitsThoseOlderThanTheConfiguredAgeAndSurvivesAFailure() {
        var registry = new Recording();
        var job = new IncompleteEvents(registry, Duration.ofMinutes(10));
        job.resubmit();
        registry.fail = true;
        job.resubmit(); // logged, not thrown: the scheduler keeps running
        assertThat(registry.olderThan).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(10));
    }
}
