package jp.yui.domain.transport.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a recurring booking after a date; occurrences already booked stay until cancelled one by one. */
public record EndRecurringBooking(
        @TargetAggregateIdentifier String recurringId,
        String organizationId,
        LocalDate lastDate,
        String operator) {
}
