package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The driver records the fare collected for a booking. Refused on volunteer services. */
public record CollectFare(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String bookingId,
        int yen,
        PaymentMethod method,
        LocalDateTime at) {
}
