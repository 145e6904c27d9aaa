package jp.yui.domain.transport.api;

import java.time.LocalDate;

/** A driver's personal data was erased; their key is destroyed. */
public record DriverErased(
        String driverId,
        String organizationId,
        String requestedBy,
        LocalDate on) {
}
