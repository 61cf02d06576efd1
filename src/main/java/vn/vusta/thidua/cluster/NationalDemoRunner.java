package vn.vusta.thidua.cluster;

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
 * DEMO ONLY: with {@code thidua.demo.national=true} AND the demo switch on, builds this year's national demo data at
 * start-up ({@link NationalDemoData}) and logs what it found, added and how long it took. Without the demo switch it
 * refuses and says so.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "thidua.demo.national", havingValue = "true")
class NationalDemoRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(NationalDemoRunner.class);
    private final NationalDemoData data;
    private final Environment environment;
    private final Clock clock;

    NationalDemoRunner(NationalDemoData data, Environment environment, Clock clock) {
        this.data = data;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("thidua.demo.enabled", Boolean.class, false)) {
            log.error("thidua.demo.national=true is ignored: national demo data is built only with the demo switch on (thidua.demo.enabled=true)");
            return;
        }
        int year = LocalDate.now(clock).getYear();
        var counts = data.ensureUnitsAndClusters(year);
        log.info("National demo data {}: {} unions, {} member associations ({} new), {} internal clusters ({} new), {} memberships, {} ms",
                year, counts.unions(), counts.associations(), counts.associationsCreated(), counts.clusters(), counts.clustersCreated(),
                counts.memberships(), counts.millis());
    }
}
