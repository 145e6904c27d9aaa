package jp.yui.domain.transport.api;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Book a ride on a run for a resident (予約), as an operator takes it on the phone. {@code passengers} counts
 * everyone riding, companions included; a wheelchair rider takes a wheelchair space instead of a seat.
 * {@code returnOf} links a return ride to its outbound booking. The booking id is chosen by the caller, so a
 * retried request cannot book twice.
 */
public record BookRide(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String bookingId,
        String residentId,
        String operator,
        Caller caller,
        Place pickup,
        Place dropOff,
        LocalTime pickupTime,
        int passengers,
        int companions,
        boolean wheelchair,
        TripPurpose purpose,
        String returnOf,
        Fare fare,
        LocalDateTime requestedAt) {
}
