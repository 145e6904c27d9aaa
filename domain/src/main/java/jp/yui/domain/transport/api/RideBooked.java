package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.serialization.Revision;

/** A ride was booked on a run, with the fare it was given. Carries the run's service and date for the figures. */
@Revision("1")
public record RideBooked(
        String bookingId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        int passengers,
        int companions,
        boolean wheelchair,
        String residentId,
        String operator,
        Caller caller,
        Place pickup,
        Place dropOff,
        LocalTime pickupTime,
        TripPurpose purpose,
        String returnOf,
        Fare fare,
        LocalDateTime bookedAt) {
}
