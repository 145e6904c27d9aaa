package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A fare was collected in the car (対価収入). */
@Revision("1")
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
