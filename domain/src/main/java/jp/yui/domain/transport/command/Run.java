package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BelongsToOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.transport.api.AbnormalEventRecorded;
import jp.yui.domain.transport.api.AccidentRecorded;
import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancelBooking;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.ChangeBooking;
import jp.yui.domain.transport.api.CollectFare;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.EndDuty;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.RecordAbnormalEvent;
import jp.yui.domain.transport.api.RecordAccident;
import jp.yui.domain.transport.api.RecordRideCosts;
import jp.yui.domain.transport.api.RecordRideOutcome;
import jp.yui.domain.transport.api.RecordSafetyCheck;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.SafetyCheckRecorded;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.StartDuty;
import jp.yui.domain.transport.api.TurnDownRide;

/**
 * 運行便: one scheduled departure of a service with its vehicle and driver (RidePilot's <em>run</em>), and the
 * driver's duty on it. It is the consistency boundary for its seats and wheelchair spaces, so concurrent operators
 * can never overbook it, and for the duty record: no duty before a passed safety check, no rider dropped off who
 * did not board, no fare on a volunteer service.
 *
 * <p>Driver actions carry an id made on the phone; an action already recorded is accepted again without effect, so
 * a retry after a lost connection never records twice.
 */
public class Run {

    public static final String ID_TYPE = "Run";
    /** The type in every booking id, e.g. {@code Booking:…}: bookings live inside their run. */
    public static final String BOOKING_ID_TYPE = "Booking";

    @AggregateIdentifier
    private String runId;
    private String organizationId;
    private String serviceId;
    private ServiceKind serviceKind;
    private LocalDate serviceDate;
    private LocalTime departure;
    private LocalDateTime bookingDeadline;
    private String vehicleId;
    private String driverId;
    private int seats;
    private int wheelchairSpaces;
    private final Map<String, Booking> bookings = new HashMap<>();
    private final Set<String> turnedDown = new HashSet<>();
    private final Set<String> actions = new HashSet<>();
    private boolean safetyCheckPassed;
    private boolean dutyStarted;
    private boolean dutyEnded;
    private int startOdometerKm;

    /** What the run needs to know of a booking: its seats and whether it is still on and where the rider is. */
    private record Booking(String residentId, int passengers, boolean wheelchair, boolean cancelled,
                           RideOutcome outcome) {

        int seatsTaken() {
            return cancelled ? 0 : passengers - (wheelchair ? 1 : 0);
        }

        int wheelchairSpacesTaken() {
            return !cancelled && wheelchair ? 1 : 0;
        }
    }

    /** Required by Axon. */
    protected Run() {
    }

    @CommandHandler
    public Run(ScheduleRun command) {
        new RunNeedsSeats(command.seats(), command.wheelchairSpaces()).verify();
        new RunIsOnServiceDay(command.calendar(), command.serviceDate()).verify();
        new DriverMayCarryPassengers(command.serviceKind(), command.driverQualification(),
                command.driverLicenceExpiry(), command.serviceDate()).verify();
        apply(new RunScheduled(command.runId(), command.organizationId(), command.serviceId(),
                command.serviceDate(), command.departure(), command.seats(), command.wheelchairSpaces(),
                command.serviceKind(), command.bookingDeadline(), command.vehicleId(), command.driverId()));
    }

    @CommandHandler
    public String handle(BookRide command) {
        belongsTo(command.organizationId());
        new BookingHasPassengers(command.passengers(), command.companions()).verify();
        new BookingHasPlaces(command.pickup(), command.dropOff()).verify();
        new FareOverrideHasReason(command.fare()).verify();
        new VolunteerRideTakesNoFare(serviceKind, command.fare() == null ? 0 : command.fare().totalYen()).verify();
        new BookingIsNew(bookings.keySet(), command.bookingId()).verify();
        new BookingBeforeDeadline(bookingDeadline, command.requestedAt()).verify();
        int wheelchairs = command.wheelchair() ? 1 : 0;
        new RunHasWheelchairSpace(wheelchairSpaces, wheelchairSpacesTaken(), wheelchairs).verify();
        new RunHasSeatsLeft(seats, seatsTaken(), command.passengers() - wheelchairs).verify();
        apply(new RideBooked(command.bookingId(), runId, organizationId, serviceId, serviceDate,
                command.passengers(), command.companions(), command.wheelchair(), command.residentId(),
                command.operator(), command.caller(), command.pickup(), command.dropOff(), command.pickupTime(),
                command.purpose(), command.returnOf(), command.fare(), command.requestedAt()));
        return command.bookingId();
    }

    @CommandHandler
    public void handle(ChangeBooking command) {
        belongsTo(command.organizationId());
        Booking booking = activeBooking(command.bookingId());
        new BookingHasPassengers(command.passengers(), command.companions()).verify();
        new BookingHasPlaces(command.pickup(), command.dropOff()).verify();
        int wheelchairs = command.wheelchair() ? 1 : 0;
        new RunHasWheelchairSpace(wheelchairSpaces, wheelchairSpacesTaken() - booking.wheelchairSpacesTaken(),
                wheelchairs).verify();
        new RunHasSeatsLeft(seats, seatsTaken() - booking.seatsTaken(), command.passengers() - wheelchairs).verify();
        apply(new BookingChanged(command.bookingId(), runId, organizationId, serviceId, serviceDate,
                command.operator(), command.pickup(), command.dropOff(), command.pickupTime(), command.passengers(),
                command.companions(), command.wheelchair(), command.changedAt()));
    }

    @CommandHandler
    public CancellationKind handle(CancelBooking command, PersonalDataVault vault) {
        belongsTo(command.organizationId());
        Booking booking = activeBooking(command.bookingId());
        String subject = booking.residentId() != null ? booking.residentId() : command.bookingId();
        CancellationKind kind = cancellationKind(command.cancelledAt());
        apply(new BookingCancelled(command.bookingId(), runId, organizationId, serviceId, serviceDate, kind,
                command.operator(), vault.seal(subject, command.reason()), command.cancelledAt()));
        return kind;
    }

    @CommandHandler
    public void handle(TurnDownRide command) {
        belongsTo(command.organizationId());
        if (turnedDown.contains(command.requestId())) {
            return;
        }
        apply(new RideTurnedDown(command.requestId(), runId, organizationId, serviceId, serviceDate,
                command.residentId(), command.operator(), command.passengers(), command.wheelchair(),
                command.reason(), command.at()));
    }

    @CommandHandler
    public void handle(RecordSafetyCheck command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new DriverIsAssigned(driverId, command.driverId()).verify();
        boolean passed = command.alcoholDetectorUsed() && !command.alcoholDetected() && !command.ill()
                && !command.fatigued();
        apply(new SafetyCheckRecorded(runId, organizationId, command.actionId(), command.driverId(),
                command.alcoholDetectorUsed(), command.alcoholDetected(), command.ill(), command.fatigued(),
                command.instructions(), command.checkedBy(), command.checkedAt(), passed));
    }

    @CommandHandler
    public void handle(StartDuty command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new DriverIsAssigned(driverId, command.driverId()).verify();
        new DutyStartsOnce(dutyStarted).verify();
        new DutyStartsAfterSafetyCheck(safetyCheckPassed).verify();
        apply(new DutyStarted(runId, organizationId, command.actionId(), command.driverId(), vehicleId,
                command.place(), command.at(), command.odometerKm()));
    }

    @CommandHandler
    public void handle(RecordRideOutcome command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new DutyIsInProgress(dutyStarted, dutyEnded).verify();
        Booking booking = activeBooking(command.bookingId());
        new RiderBoardedBeforeDropOff(booking.outcome(), command.outcome()).verify();
        apply(new RideOutcomeRecorded(runId, organizationId, serviceId, serviceDate, command.actionId(),
                command.bookingId(), command.outcome(), booking.passengers(), command.at()));
    }

    @CommandHandler
    public void handle(CollectFare command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new VolunteerRideTakesNoFare(serviceKind, command.yen()).verify();
        new AmountsAreNotNegative(command.yen()).verify();
        new DutyIsInProgress(dutyStarted, dutyEnded).verify();
        activeBooking(command.bookingId());
        apply(new FareCollected(runId, organizationId, serviceId, serviceDate, command.actionId(),
                command.bookingId(), command.yen(), command.method(), command.at()));
    }

    @CommandHandler
    public void handle(RecordRideCosts command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new AmountsAreNotNegative(command.fuelYen(), command.tollYen(), command.parkingYen(), command.thanksYen())
                .verify();
        new DutyIsInProgress(dutyStarted, dutyEnded).verify();
        activeBooking(command.bookingId());
        apply(new RideCostsRecorded(runId, organizationId, serviceId, serviceDate, command.actionId(),
                command.bookingId(), command.fuelYen(), command.tollYen(), command.parkingYen(),
                command.thanksYen(), command.at()));
    }

    @CommandHandler
    public void handle(EndDuty command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        new DutyIsInProgress(dutyStarted, dutyEnded).verify();
        new OdometerDoesNotRunBackwards(startOdometerKm, command.odometerKm()).verify();
        apply(new DutyEnded(runId, organizationId, command.actionId(), command.place(), command.at(),
                command.odometerKm(), command.odometerKm() - startOdometerKm,
                command.waypoints() == null ? java.util.List.of() : command.waypoints()));
    }

    @CommandHandler
    public void handle(RecordAbnormalEvent command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        apply(new AbnormalEventRecorded(runId, organizationId, command.actionId(), command.at(), command.summary()));
    }

    @CommandHandler
    public void handle(RecordAccident command) {
        belongsTo(command.organizationId());
        if (alreadyRecorded(command.actionId())) {
            return;
        }
        apply(new AccidentRecorded(runId, organizationId, command.actionId(), driverId, vehicleId, command.at(),
                command.place(), command.otherParties(), command.summary(), command.cause(), command.prevention()));
    }

    private void belongsTo(String organization) {
        new BelongsToOrganization("run", organizationId, organization).verify();
    }

    private boolean alreadyRecorded(String actionId) {
        return actionId != null && actions.contains(actionId);
    }

    private Booking activeBooking(String bookingId) {
        new BookingIsOnRun(bookings, bookingId).verify();
        Booking booking = bookings.get(bookingId);
        new BookingIsActive(booking.cancelled()).verify();
        return booking;
    }

    private CancellationKind cancellationKind(LocalDateTime at) {
        if (!at.toLocalDate().isBefore(serviceDate)) {
            return CancellationKind.SAME_DAY_CANCEL;
        }
        if (bookingDeadline != null && at.isAfter(bookingDeadline)) {
            return CancellationKind.LATE_CANCEL;
        }
        return CancellationKind.CANCELLED;
    }

    private int seatsTaken() {
        return bookings.values().stream().mapToInt(Booking::seatsTaken).sum();
    }

    private int wheelchairSpacesTaken() {
        return bookings.values().stream().mapToInt(Booking::wheelchairSpacesTaken).sum();
    }

    @EventSourcingHandler
    void on(RunScheduled event) {
        runId = event.runId();
        organizationId = event.organizationId();
        serviceId = event.serviceId();
        serviceKind = event.serviceKind();
        serviceDate = event.serviceDate();
        departure = event.departure();
        bookingDeadline = event.bookingDeadline();
        vehicleId = event.vehicleId();
        driverId = event.driverId();
        seats = event.seats();
        wheelchairSpaces = event.wheelchairSpaces();
    }

    @EventSourcingHandler
    void on(RideBooked event) {
        bookings.put(event.bookingId(), new Booking(event.residentId(), event.passengers(), event.wheelchair(), false,
                null));
    }

    @EventSourcingHandler
    void on(BookingChanged event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), new Booking(booking.residentId(), event.passengers(), event.wheelchair(),
                booking.cancelled(), booking.outcome()));
    }

    @EventSourcingHandler
    void on(BookingCancelled event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), new Booking(booking.residentId(), booking.passengers(), booking.wheelchair(),
                true, booking.outcome()));
    }

    @EventSourcingHandler
    void on(RideTurnedDown event) {
        turnedDown.add(event.requestId());
    }

    @EventSourcingHandler
    void on(SafetyCheckRecorded event) {
        actions.add(event.actionId());
        safetyCheckPassed = event.passed();
    }

    @EventSourcingHandler
    void on(DutyStarted event) {
        actions.add(event.actionId());
        dutyStarted = true;
        startOdometerKm = event.odometerKm();
    }

    @EventSourcingHandler
    void on(RideOutcomeRecorded event) {
        actions.add(event.actionId());
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), new Booking(booking.residentId(), booking.passengers(), booking.wheelchair(),
                booking.cancelled(), event.outcome()));
    }

    @EventSourcingHandler
    void on(FareCollected event) {
        actions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(RideCostsRecorded event) {
        actions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(DutyEnded event) {
        actions.add(event.actionId());
        dutyEnded = true;
    }

    @EventSourcingHandler
    void on(AbnormalEventRecorded event) {
        actions.add(event.actionId());
    }

    @EventSourcingHandler
    void on(AccidentRecorded event) {
        actions.add(event.actionId());
    }
}
