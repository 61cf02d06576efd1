package vn.vusta.thidua.campaign.ranking;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY: with {@code thidua.demo.national=true} AND the demo switch on, builds this year's national demo scores
 * at start-up ({@link NationalDemoScores}, after the units and clusters and the 2024 demo results) and logs what it
 * found or made and how long it took. Without the demo switch it refuses and says so.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "thidua.demo.national", havingValue = "true")
class NationalDemoScoresRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(NationalDemoScoresRunner.class);
    private final NationalDemoScores scores;
    private final Environment environment;
    private final Clock clock;

    NationalDemoScoresRunner(NationalDemoScores scores, Environment environment, Clock clock) {
        this.scores = scores;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) {
            log.error("thidua.demo.national=true is ignored: national demo scores are built only with the demo switch on (thidua.demo.enabled=true)");
            return;
        }
        var counts = scores.ensure(LocalDate.now(clock).getYear());
        log.info("National demo scores: campaign {} ({}), {} clusters, {} score sheets, {} entries, {} ms", counts.campaignId(),
                counts.created() ? "new" : "found", counts.clusters(), counts.sheets(), counts.entries(), counts.millis());
    }
}
