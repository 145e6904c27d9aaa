package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a registration, registered or waitlisted. Its places go to the waitlist in order. */
public record CancelRegistration(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String registrationId,
        String recordedBy,
        Instant at) {
}
