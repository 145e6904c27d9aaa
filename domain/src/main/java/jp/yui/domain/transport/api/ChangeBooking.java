package jp.yui.domain.transport.api;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a booking's riders or places (予約変更); seats are checked again. */
public record ChangeBooking(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String bookingId,
        String operator,
        Place pickup,
        Place dropOff,
        LocalTime pickupTime,
        int passengers,
        int companions,
        boolean wheelchair,
        LocalDateTime changedAt) {
}
