package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The driver records that a booked rider boarded, was not there, or got off. */
public record RecordRideOutcome(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String bookingId,
        RideOutcome outcome,
        LocalDateTime at) {
}
