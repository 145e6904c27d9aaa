package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A fare was collected in the car (対価収入). */
public record FareCollected(
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        String actionId,
        String bookingId,
        int yen,
        PaymentMethod method,
        LocalDateTime at) {
}
