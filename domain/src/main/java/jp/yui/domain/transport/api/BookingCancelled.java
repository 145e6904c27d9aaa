package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jp.yui.domain.shared.Sealed;

import org.axonframework.serialization.Revision;

/**
 * A booking was cancelled: before the deadline, late, or on the day. The reason (often about health) is sealed with
 * the rider's key.
 */
@Revision("1")
public record BookingCancelled(
        String bookingId,
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        CancellationKind kind,
        String operator,
        Sealed reason,
        LocalDateTime cancelledAt) {
}
