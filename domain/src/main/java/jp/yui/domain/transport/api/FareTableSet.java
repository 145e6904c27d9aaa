package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A fare table takes effect for a service from a date. */
@Revision("1")
public record FareTableSet(
        String serviceId,
        String organizationId,
        LocalDate effectiveFrom,
        FareTable table) {
}
