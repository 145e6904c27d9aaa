package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A booking was cancelled: before the deadline, late, or on the day. */
public record BookingCancelled(
        String bookingId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        CancellationKind kind,
        String operator,
        String reason,
        LocalDateTime cancelledAt) {
}
