package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BelongsToOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.EndRecurringBooking;
import jp.yui.domain.transport.api.RecurringBookingEnded;
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.SetUpRecurringBooking;

/**
 * 定期予約: the pattern only. Occurrences are booked on their runs with an id derived from the pattern and the date
 * ({@link #occurrenceBookingId}), so generating a period twice books each occurrence once.
 */
public class RecurringBooking {

    public static final String ID_TYPE = "RecurringBooking";

    @AggregateIdentifier
    private String recurringId;
    private String organizationId;
    private LocalDate from;
    private java.util.Set<java.time.DayOfWeek> weekdays;

    /** Required by Axon. */
    protected RecurringBooking() {
    }

    public static String occurrenceBookingId(String recurringId, LocalDate date) {
        return jp.yui.domain.shared.Ids.derivedId(Run.BOOKING_ID_TYPE, recurringId + "/" + date);
    }

    @CommandHandler
    public RecurringBooking(SetUpRecurringBooking command) {
        new RecurringPatternIsValid(command.weekdays(), command.from(), command.until()).verify();
        new BookingHasPassengers(command.passengers(), command.companions()).verify();
        new BookingHasPlaces(command.pickup(), command.dropOff()).verify();
        apply(new RecurringBookingSetUp(command.recurringId(), command.organizationId(), command.residentId(),
                command.serviceId(), command.departure(), command.weekdays(), command.from(), command.until(),
                command.pickup(), command.dropOff(), command.pickupTime(), command.passengers(),
                command.companions(), command.wheelchair(), command.purpose(), command.operator()));
    }

    @CommandHandler
    public void handle(EndRecurringBooking command) {
        new BelongsToOrganization("recurring booking", organizationId, command.organizationId()).verify();
        new RecurringPatternIsValid(weekdays, from, command.lastDate()).verify();
        apply(new RecurringBookingEnded(recurringId, organizationId, command.lastDate(), command.operator()));
    }

    @EventSourcingHandler
    void on(RecurringBookingSetUp event) {
        recurringId = event.recurringId();
        organizationId = event.organizationId();
        from = event.from();
        weekdays = event.weekdays();
    }
}
