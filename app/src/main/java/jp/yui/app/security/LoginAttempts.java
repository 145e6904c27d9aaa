package jp.yui.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Repeated failed logins first slow down, then lock the account for a while (OWASP ASVS 2.2.1): after
 * {@value #SLOW_AFTER} failures each further attempt waits a second longer before it is answered, and after
 * {@value #LOCK_AFTER} failures the account is locked for {@code yui.security.lock-duration} (15 minutes by
 * default), whatever password is sent. A successful login clears the count. Counted per user name in memory: a
 * restart unlocks, and several nodes count apart (each locks after its own failures).
 */
@Component
class LoginAttempts {

    static final int SLOW_AFTER = 3;
    static final int LOCK_AFTER = 5;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Duration lockDuration;
    private final Clock clock;

    LoginAttempts(@Value("${yui.security.lock-duration:PT15M}") Duration lockDuration, Clock clock) {
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(username);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        Failures now = failures.compute(username, (name, f) -> {
            if (f != null && f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil())) {
                f = null; // the lock has run out: count afresh
            }
            int count = f == null ? 1 : f.count() + 1;
            Instant lockedUntil = f != null && f.lockedUntil() != null ? f.lockedUntil()
                    : count >= LOCK_AFTER ? clock.instant().plus(lockDuration) : null;
            return new Failures(count, lockedUntil);
        });
        if (now.count() > SLOW_AFTER && now.lockedUntil() == null) {
            try {
                Thread.sleep(1_000L * (now.count() - SLOW_AFTER));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }
}
