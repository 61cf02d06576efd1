package vn.vusta.thidua.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Every test context starts from an empty schema migrated from scratch, so runs never see each other's data; its
 * clock is a {@link TestClock} that a test may fix; {@link Statements} counts the SQL it sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {
    private static final Statements STATEMENTS = new Statements();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    static Statements statements() {
        return STATEMENTS;
    }

    @Bean
    static BeanPostProcessor countingStatements() {
        return STATEMENTS.installer();
    }

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
