package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A booked rider boarded, was not there (no-show), or got off. */
@Revision("1")
public record RideOutcomeRecorded(
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        String actionId,
        String bookingId,
        RideOutcome outcome,
        int passengers,
        LocalDateTime at) {
}
