package vn.vusta.thidua.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" and "today": Vietnam's time (Asia/Ho_Chi_Minh, UTC+7), whatever the server's zone. Code
 * asks this bean ({@code LocalDate.now(clock)}), never the JVM, so deadlines and "as of a date" are testable.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    public Clock clock() {
        return Clock.system(VIETNAM);
    }
}
