package jp.yui.domain.transport.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 定期予約: a resident rides the same run of a service on set weekdays (e.g. dialysis every Tue and Fri) between two
 * dates. Each occurrence becomes its own booking, changed or cancelled on its own.
 */
public record SetUpRecurringBooking(
        @TargetAggregateIdentifier String recurringId,
        String organizationId,
        String residentId,
        String serviceId,
        LocalTime departure,
        Set<DayOfWeek> weekdays,
        LocalDate from,
        LocalDate until,
        Place pickup,
        Place dropOff,
        LocalTime pickupTime,
        int passengers,
        int companions,
        boolean wheelchair,
        TripPurpose purpose,
        String operator) {
}
