package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a booking (キャンセル) with the reason given; whether it counts as late is decided by the run. */
public record CancelBooking(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String bookingId,
        String operator,
        String reason,
        LocalDateTime cancelledAt) {
}
