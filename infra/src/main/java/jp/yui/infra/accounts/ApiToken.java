package jp.yui.infra.accounts;

import java.time.Instant;

/**
 * An API token of a login, as stored: never the token itself, which only its holder has. {@code name} is the
 * holder's label (may be null); {@code lastUsed} is null until first use and kept to the minute.
 */
public record ApiToken(String tokenId, String username, String name, Instant createdAt, Instant expiresAt,
                       Instant lastUsed) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
