package vn.vusta.thidua.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import vn.vusta.thidua.common.TimeConfig;

/**
 * The application's clock in tests: Vietnam's time, following the real clock until a test fixes it with
 * {@link #setInstant}; {@link #reset} (after each test that fixes it) goes back to the real time.
 */
public class TestClock extends Clock {
    private volatile Instant fixed;

    public void setInstant(Instant instant) { this.fixed = instant; }

    public void reset() { this.fixed = null; }

    @Override
    public ZoneId getZone() { return TimeConfig.VIETNAM; }

    @Override
    public Clock withZone(ZoneId zone) { return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone); }

    @Override
    public Instant instant() { return fixed == null ? Instant.now() : fixed; }
}
