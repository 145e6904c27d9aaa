package jp.yui.domain.transport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Book seats on a run for one booking (予約). The booking id is chosen by the caller. */
public record BookRide(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String bookingId,
        int passengers) {
}
