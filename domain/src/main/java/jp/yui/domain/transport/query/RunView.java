package jp.yui.domain.transport.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewKey;
import jp.yui.domain.transport.api.Caller;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TripPurpose;
import jp.yui.domain.transport.api.TurnDownReason;

/**
 * A run with its bookings and its duty record (乗務記録), as operators, the run sheet and the duty pages see it.
 * Lists are keyed (booking id, action id, request id) and entries replaced by key, so applying an event twice
 * changes nothing.
 */
public record RunView(String runId, String organizationId, String serviceId, ServiceKind serviceKind,
                      LocalDate serviceDate, LocalTime departure, LocalDateTime bookingDeadline, String vehicleId,
                      String driverId, int seats, int wheelchairSpaces, List<Booking> bookings,
                      List<TurnedDown> turnedDown, Duty duty) {

    /** The runs of a day: what the operator offers a caller, and what a recurring booking books onto. */
    public static final ViewKey<RunView> BY_DATE = ViewKey.of("serviceDate", RunView::serviceDate);
    /** The runs a driver was scheduled on. */
    public static final ViewKey<RunView> BY_DRIVER = ViewKey.of("driverId", RunView::driverId);
    /** The runs of one driver on one day: the driver's phone page ({@link #driverOnDay}). */
    public static final ViewKey<RunView> BY_DRIVER_AND_DATE = ViewKey.of("driverDate",
            run -> run.driverId() == null ? null : driverOnDay(run.driverId(), run.serviceDate()));

    /** The value of {@link #BY_DRIVER_AND_DATE} for a driver and a day. */
    public static String driverOnDay(String driverId, LocalDate date) {
        return driverId + "/" + date;
    }

    /**
     * The runs a resident was booked on in a month ({@code residentId|yyyy-MM}): the caller's usual trips and last
     * drop-off on the phone console, one lookup per month however many runs the organization has.
     */
    public static final ViewKey<RunView> BY_RESIDENT_MONTH = new ViewKey<>("residentMonth", run -> run.bookings()
            .stream().map(Booking::residentId).filter(java.util.Objects::nonNull).distinct()
            .map(resident -> residentMonth(resident, java.time.YearMonth.from(run.serviceDate()))).toList());

    /** The value of {@link #BY_RESIDENT_MONTH} for a resident and a month. */
    public static String residentMonth(String residentId, java.time.YearMonth month) {
        return residentId + "|" + month;
    }

    public RunView {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        turnedDown = turnedDown == null ? List.of() : List.copyOf(turnedDown);
        duty = duty == null ? Duty.NONE : duty;
    }

    public record Booking(String bookingId, String residentId, String operator, Caller caller, Place pickup,
                          Place dropOff, LocalTime pickupTime, int passengers, int companions, boolean wheelchair,
                          TripPurpose purpose, String returnOf, Fare fare, LocalDateTime bookedAt,
                          CancellationKind cancellation, Sealed cancellationReason, RideOutcome outcome,
                          Integer fareCollectedYen, PaymentMethod paymentMethod, Costs costs) {

        public boolean active() {
            return cancellation == null;
        }

        Booking changed(String byOperator, Place newPickup, Place newDropOff, LocalTime newPickupTime,
                        int newPassengers, int newCompanions, boolean newWheelchair) {
            return new Booking(bookingId, residentId, byOperator, caller, newPickup, newDropOff, newPickupTime,
                    newPassengers, newCompanions, newWheelchair, purpose, returnOf, fare, bookedAt, cancellation,
                    cancellationReason, outcome, fareCollectedYen, paymentMethod, costs);
        }

        Booking cancelled(CancellationKind kind, Sealed reason) {
            return new Booking(bookingId, residentId, operator, caller, pickup, dropOff, pickupTime, passengers,
                    companions, wheelchair, purpose, returnOf, fare, bookedAt, kind, reason, outcome,
                    fareCollectedYen, paymentMethod, costs);
        }

        Booking withOutcome(RideOutcome newOutcome) {
            return new Booking(bookingId, residentId, operator, caller, pickup, dropOff, pickupTime, passengers,
                    companions, wheelchair, purpose, returnOf, fare, bookedAt, cancellation, cancellationReason,
                    newOutcome, fareCollectedYen, paymentMethod, costs);
        }

        Booking withFareCollected(int yen, PaymentMethod method) {
            return new Booking(bookingId, residentId, operator, caller, pickup, dropOff, pickupTime, passengers,
                    companions, wheelchair, purpose, returnOf, fare, bookedAt, cancellation, cancellationReason,
                    outcome, yen, method, costs);
        }

        Booking withCosts(Costs newCosts) {
            return new Booking(bookingId, residentId, operator, caller, pickup, dropOff, pickupTime, passengers,
                    companions, wheelchair, purpose, returnOf, fare, bookedAt, cancellation, cancellationReason,
                    outcome, fareCollectedYen, paymentMethod, newCosts);
        }

        int seatsTaken() {
            return active() ? passengers - (wheelchair ? 1 : 0) : 0;
        }

        int wheelchairSpacesTaken() {
            return active() && wheelchair ? 1 : 0;
        }
    }

    /** Actual costs and voluntary thanks of a volunteer ride. */
    public record Costs(int fuelYen, int tollYen, int parkingYen, int thanksYen) {
    }

    public record TurnedDown(String requestId, String residentId, String operator, int passengers, boolean wheelchair,
                             TurnDownReason reason, LocalDateTime at) {
    }

    public record SafetyCheck(String actionId, String driverId, boolean alcoholDetectorUsed, boolean alcoholDetected,
                              boolean ill, boolean fatigued, String instructions, String checkedBy,
                              LocalDateTime checkedAt, boolean passed) {
    }

    public record DutyPoint(String place, LocalDateTime at, int odometerKm) {
    }

    public record Abnormal(String actionId, LocalDateTime at, String summary) {
    }

    public record Accident(String actionId, LocalDateTime at, String place, String otherParties, String summary,
                           String cause, String prevention) {
    }

    /** 乗務記録 of the run. */
    public record Duty(List<SafetyCheck> safetyChecks, DutyPoint start, DutyPoint end, Integer distanceKm,
                       List<String> waypoints, List<Abnormal> abnormalEvents, List<Accident> accidents) {

        static final Duty NONE = new Duty(List.of(), null, null, null, List.of(), List.of(), List.of());

        public Duty {
            safetyChecks = safetyChecks == null ? List.of() : List.copyOf(safetyChecks);
            waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
            abnormalEvents = abnormalEvents == null ? List.of() : List.copyOf(abnormalEvents);
            accidents = accidents == null ? List.of() : List.copyOf(accidents);
        }
    }

    public int seatsLeft() {
        return seats - bookings.stream().mapToInt(Booking::seatsTaken).sum();
    }

    public int wheelchairSpacesLeft() {
        return wheelchairSpaces - bookings.stream().mapToInt(Booking::wheelchairSpacesTaken).sum();
    }

    public Optional<Booking> booking(String bookingId) {
        return bookings.stream().filter(b -> b.bookingId().equals(bookingId)).findFirst();
    }

    RunView withBooking(Booking booking) {
        return new RunView(runId, organizationId, serviceId, serviceKind, serviceDate, departure, bookingDeadline,
                vehicleId, driverId, seats, wheelchairSpaces, replace(bookings, booking, Booking::bookingId),
                turnedDown, duty);
    }

    RunView withBookingChanged(String bookingId, UnaryOperator<Booking> change) {
        return booking(bookingId).map(b -> withBooking(change.apply(b))).orElse(this);
    }

    RunView withTurnedDown(TurnedDown entry) {
        return new RunView(runId, organizationId, serviceId, serviceKind, serviceDate, departure, bookingDeadline,
                vehicleId, driverId, seats, wheelchairSpaces, bookings,
                replace(turnedDown, entry, TurnedDown::requestId), duty);
    }

    RunView withDuty(UnaryOperator<Duty> change) {
        return new RunView(runId, organizationId, serviceId, serviceKind, serviceDate, departure, bookingDeadline,
                vehicleId, driverId, seats, wheelchairSpaces, bookings, turnedDown, change.apply(duty));
    }

    static <T> List<T> replace(List<T> list, T entry, Function<T, String> key) {
        String k = key.apply(entry);
        return Stream.concat(list.stream().filter(e -> !key.apply(e).equals(k)), Stream.of(entry)).toList();
    }

    /** Bookings still on, in pickup order: pickup time, then booking time. */
    public List<Booking> bookingsInPickupOrder() {
        return bookings.stream().filter(Booking::active).sorted(Comparator
                .comparing((Booking b) -> b.pickupTime() == null ? departure : b.pickupTime(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Booking::bookedAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
