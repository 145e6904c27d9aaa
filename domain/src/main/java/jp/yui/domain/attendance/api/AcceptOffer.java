package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The waitlisted person said yes to the offered place before it expired: they are registered. */
public record AcceptOffer(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String registrationId,
        String recordedBy,
        Instant at) {
}
