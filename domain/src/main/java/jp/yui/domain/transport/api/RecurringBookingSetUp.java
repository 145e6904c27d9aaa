package jp.yui.domain.transport.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.axonframework.serialization.Revision;

/** A recurring booking was set up. */
@Revision("1")
public record RecurringBookingSetUp(
        String recurringId,
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

    /** The dates from {@code start} to {@code end} (both included) on which this pattern rides. */
    public java.util.List<LocalDate> occurrences(LocalDate start, LocalDate end) {
        LocalDate first = start.isBefore(from) ? from : start;
        LocalDate last = end.isAfter(until) ? until : end;
        return first.datesUntil(last.plusDays(1)).filter(d -> weekdays.contains(d.getDayOfWeek())).toList();
    }
}
