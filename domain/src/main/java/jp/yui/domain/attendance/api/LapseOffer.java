package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let an expired offer lapse (sent by a scheduler or the office); refused before the offer's expiry. */
public record LapseOffer(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String registrationId,
        Instant at) {
}
