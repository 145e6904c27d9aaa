package jp.yui.domain.transport.query;

import java.time.LocalDate;

/** One booking as the ridership figures see it: no personal data, only what is counted. */
public record BookedRide(
        String bookingId,
        String organizationId,
        String serviceId,
        String runId,
        LocalDate serviceDate,
        int passengers,
        boolean cancelled) {
}
