package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a driver's personal data (the name). The caller states the driver's last duty and last accident on record
 * (from the duty records) and today's date; the law's retention periods decide whether erasure may happen yet.
 */
public record EraseDriver(
        @TargetAggregateIdentifier String driverId,
        String organizationId,
        String requestedBy,
        LocalDate lastDuty,
        LocalDate lastAccident,
        LocalDate today) {
}
