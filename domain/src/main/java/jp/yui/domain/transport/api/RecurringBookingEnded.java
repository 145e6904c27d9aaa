package jp.yui.domain.transport.api;

import java.time.LocalDate;

/** A recurring booking ends after a date. */
public record RecurringBookingEnded(
        String recurringId,
        String organizationId,
        LocalDate lastDate,
        String operator) {
}
