package jp.yui.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import jp.yui.infra.accounts.ApiToken;
import jp.yui.infra.accounts.MongoApiTokens;
import jp.yui.infra.accounts.MongoUserAccounts;

/**
 * API tokens for scripts: {@code yui_} and 32 random bytes, shown once to the login that made it. Only the token's
 * SHA-256 is stored, so a copy of the store does not hold a usable token, and checking one is a hash and a key
 * lookup instead of a bcrypt check (a random 256-bit secret needs no slow hash: there is nothing to guess).
 * A token acts as its login as the login stands at each request: changed roles apply at once, and the tokens of a
 * login that is gone stop working.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "yui_";
    static final int SECRET_BYTES = 32;
    /** A token's last use is written at most this often, so a busy script does not cost a write per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

    /** A token just made: {@code secret} is in no store and cannot be shown again. */
    public record Issued(String secret, ApiToken token) {

        @Override
        public String toString() {
            return "Issued[token=" + token + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final MongoApiTokens tokens;
    private final MongoUserAccounts accounts;
    private final Clock clock;

    ApiTokens(MongoApiTokens tokens, MongoUserAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Issued issue(String username, String name, int validDays) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), username, name, now,
                now.plus(Duration.ofDays(validDays)), null);
        tokens.store(sha256(secret), token);
        return new Issued(secret, token);
    }

    /** The login the token acts for, or empty for a token that is malformed, unknown, revoked or expired. */
    Optional<YuiUser> authenticate(String secret) {
        if (!SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Instant now = clock.instant();
        Optional<ApiToken> found = tokens.findByHash(hash).filter(t -> !t.isExpiredAt(now));
        Optional<YuiUser> user = found.flatMap(t -> accounts.find(t.username())).map(a -> {
            // A lock stops password guessing; it does not stop the scripts that hold a token.
            YuiUser u = YuiUser.of(a, false);
            u.eraseCredentials();
            return u;
        });
        user.ifPresent(u -> {
            Instant lastUsed = found.get().lastUsed();
            if (lastUsed == null || !now.isBefore(lastUsed.plus(LAST_USED_PRECISION))) {
                tokens.markUsed(hash, now.truncatedTo(ChronoUnit.MILLIS));
            }
        });
        return user;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
