package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An offer expired unanswered: the person leaves the waitlist and the places are offered to the next. */
@Revision("1")
public record WaitlistOfferLapsed(
        String sessionId,
        String organizationId,
        String registrationId,
        Instant at) {
}
