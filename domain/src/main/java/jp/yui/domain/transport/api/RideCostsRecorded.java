package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** Actual costs and voluntary thanks of a ride were recorded. */
@Revision("1")
public record RideCostsRecorded(
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        String actionId,
        String bookingId,
        int fuelYen,
        int tollYen,
        int parkingYen,
        int thanksYen,
        LocalDateTime at) {
}
