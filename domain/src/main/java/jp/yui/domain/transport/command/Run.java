package jp.yui.domain.transport.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ScheduleRun;

/**
 * 運行便: one scheduled departure of a service. It is the consistency boundary for its seats, so
 * bookings are decided here and concurrent operators can never overbook it.
 */
public class Run {

    public static final String ID_TYPE = "Run";

    @AggregateIdentifier
    private String runId;
    private String organizationId;
    private String serviceId;
    private LocalDate serviceDate;
    private int seats;
    private int seatsTaken;
    private final Set<String> bookingIds = new HashSet<>();

    /** Required by Axon. */
    protected Run() {
    }

    @CommandHandler
    public Run(ScheduleRun command) {
        new RunNeedsSeats(command.seats()).verify();
        apply(new RunScheduled(command.runId(), command.organizationId(), command.serviceId(),
                command.serviceDate(), command.departure(), command.seats()));
    }

    @CommandHandler
    public String handle(BookRide command) {
        new RunBelongsToOrganization(organizationId, command.organizationId()).verify();
        new BookingHasPassengers(command.passengers()).verify();
        new BookingIsNew(bookingIds, command.bookingId()).verify();
        new RunHasSeatsLeft(seats, seatsTaken, command.passengers()).verify();
        apply(new RideBooked(command.bookingId(), runId, organizationId, serviceId, serviceDate,
                command.passengers()));
        return command.bookingId();
    }

    @EventSourcingHandler
    void on(RunScheduled event) {
        runId = event.runId();
        organizationId = event.organizationId();
        serviceId = event.serviceId();
        serviceDate = event.serviceDate();
        seats = event.seats();
    }

    @EventSourcingHandler
    void on(RideBooked event) {
        seatsTaken += event.passengers();
        bookingIds.add(event.bookingId());
    }
}
