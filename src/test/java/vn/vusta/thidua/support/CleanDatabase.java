package vn.vusta.thidua.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every test context starts from an empty schema migrated from scratch, so runs never see each other's data. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
