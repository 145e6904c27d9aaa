package jp.yui.domain.transport.api;

import java.time.LocalDate;

/** A fare table takes effect for a service from a date. */
public record FareTableSet(
        String serviceId,
        String organizationId,
        LocalDate effectiveFrom,
        FareTable table) {
}
