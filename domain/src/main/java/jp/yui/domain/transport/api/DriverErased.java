package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A driver's personal data was erased; their key is destroyed. */
@Revision("1")
public record DriverErased(
        String driverId,
        String organizationId,
        String requestedBy,
        LocalDate on) {
}
