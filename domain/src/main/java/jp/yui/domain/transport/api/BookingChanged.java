package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A booking's riders or places changed. */
public record BookingChanged(
        String bookingId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        String operator,
        Place pickup,
        Place dropOff,
        LocalTime pickupTime,
        int passengers,
        int companions,
        boolean wheelchair,
        LocalDateTime changedAt) {
}
