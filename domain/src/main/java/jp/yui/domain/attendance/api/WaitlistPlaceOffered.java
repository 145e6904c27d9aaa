package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Freed places were offered to the first on the waitlist, held for them until {@code expiresAt}; then the offer may
 * be lapsed ({@link LapseOffer}) and goes to the next.
 */
@Revision("1")
public record WaitlistPlaceOffered(
        String sessionId,
        String organizationId,
        String registrationId,
        int places,
        Instant expiresAt,
        Instant at) {
}
