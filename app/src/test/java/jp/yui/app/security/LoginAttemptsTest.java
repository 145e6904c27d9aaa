package jp.yui.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The lockout's counting and timing, on a clock the test sets (the HTTP side is in SecurityTest). */
class LoginAttemptsTest {

    private static final Duration LOCK = Duration.ofMinutes(15);

    /** A clock that stands still until the test moves it. */
    private static final class SetClock extends Clock {

        private Instant now = Instant.parse("2030-01-07T00:00:00Z");

        void moveOn(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SetClock clock = new SetClock();
    private final LoginAttempts attempts = new LoginAttempts(LOCK, clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(new AuthenticationFailureBadCredentialsEvent(
                    new UsernamePasswordAuthenticationToken(username, "wrong"), new BadCredentialsException("bad")));
        }
    }

    @Test
    void givenFourFailuresThenNotLockedAndTheFifthLocksForExactlyTheLockDuration() {
        fail("hanako", 4);
        assertThat(attempts.isLocked("hanako")).as("after four failures").isFalse();

        fail("hanako", 1);

        assertThat(attempts.isLocked("hanako")).as("after five failures").isTrue();
        assertThat(attempts.isLocked("taro")).as("another login").isFalse();
        clock.moveOn(LOCK.minusNanos(1));
        assertThat(attempts.isLocked("hanako")).as("a moment before the lock runs out").isTrue();
        clock.moveOn(Duration.ofNanos(1));
        assertThat(attempts.isLocked("hanako")).as("when the lock runs out").isFalse();
    }

    @Test
    void givenALockThatRanOutThenFourNewFailuresDoNotLockAndTheFifthLocksAgain() {
        fail("hanako", 5);
        clock.moveOn(LOCK);

        fail("hanako", 4);
        assertThat(attempts.isLocked("hanako")).as("four failures after the lock").isFalse();
        fail("hanako", 1);
        assertThat(attempts.isLocked("hanako")).as("five failures after the lock").isTrue();
    }

    @Test
    void givenFourFailuresWhenALoginSucceedsThenFourMoreDoNotLock() {
        fail("hanako", 4);

        attempts.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken("hanako", "right")));
        fail("hanako", 4);

        assertThat(attempts.isLocked("hanako")).as("four failures after a success").isFalse();
    }

    @Test
    void failuresWhileLockedDoNotLengthenTheLock() {
        fail("hanako", 5);
        clock.moveOn(LOCK.minusMinutes(1));

        fail("hanako", 3);
        clock.moveOn(Duration.ofMinutes(1));

        assertThat(attempts.isLocked("hanako")).as("the lock duration after the fifth failure").isFalse();
    }
}
