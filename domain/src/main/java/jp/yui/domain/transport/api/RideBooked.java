package jp.yui.domain.transport.api;

import java.time.LocalDate;

/** Seats on a run were booked. Carries the run's service and date so figures need no second lookup. */
public record RideBooked(
        String bookingId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        int passengers) {
}
