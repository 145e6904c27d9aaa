package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** A recurring booking ends after a date. */
@Revision("1")
public record RecurringBookingEnded(
        String recurringId,
        String organizationId,
        LocalDate lastDate,
        String operator) {
}
