package jp.yui.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's Japan clock in a test: the real time until a test sets it, then standing still at the time set (the
 * cancel kind, the deadline and the fiscal year depend on it). A test class takes it with
 * {@code @Import(JapanClock.Configuration.class)} and {@code @Autowired JapanClock clock}.
 */
public final class JapanClock extends Clock {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private volatile Instant set;

    /** Stops the clock at this Japan time. */
    public void set(LocalDateTime japanTime) {
        set = japanTime.atZone(TOKYO).toInstant();
    }

    /** Back to the real time. */
    public void reset() {
        set = null;
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(TOKYO) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = set;
        return at == null ? Instant.now() : at;
    }

    /** Puts a {@link JapanClock} in the service's context in place of the real one. */
    @TestConfiguration
    public static class Configuration {

        @Bean
        @Primary
        public JapanClock japanClock() {
            return new JapanClock();
        }
    }
}
