package jp.yui.domain.transport.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;
import static jp.yui.domain.transport.TransportExamples.BEFORE_DEADLINE;
import static jp.yui.domain.transport.TransportExamples.CLINIC;
import static jp.yui.domain.transport.TransportExamples.DATE;
import static jp.yui.domain.transport.TransportExamples.DEADLINE;
import static jp.yui.domain.transport.TransportExamples.DEPARTURE;
import static jp.yui.domain.transport.TransportExamples.HOME;
import static jp.yui.domain.transport.TransportExamples.ORG;
import static jp.yui.domain.transport.TransportExamples.RUN;
import static jp.yui.domain.transport.TransportExamples.SERVICE;
import static jp.yui.domain.transport.TransportExamples.TUE_FRI;
import static jp.yui.domain.transport.TransportExamples.bookRide;
import static jp.yui.domain.transport.TransportExamples.rideBooked;
import static jp.yui.domain.transport.TransportExamples.runScheduled;
import static jp.yui.domain.transport.TransportExamples.scheduleRun;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancelBooking;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.ChangeBooking;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.TurnDownRide;

class RunTest {

    private FixtureConfiguration<Run> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Run.class);
        fixture.registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE);
    }

    // ------------------------------------------------------------------ scheduling

    @Test
    void whenRunIsScheduledThenItIsOnTheScheduleWithVehicleDriverAndCapacity() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.DEMAND_RESPONSIVE, 8, 1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 8, 1));
    }

    @Test
    void whenRunWithoutSeatsIsScheduledThenRefused() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.DEMAND_RESPONSIVE, 0, 0))
                .expectNoEvents()
                .expectException(violationOf(RunNeedsSeats.class));
    }

    @Test
    void whenRunIsScheduledOnADayTheServiceDoesNotRunThenRefused() {
        ScheduleRun monday = withDate(scheduleRun(ServiceKind.FIXED_ROUTE, 8, 0), LocalDate.of(2026, 11, 23), TUE_FRI);
        fixture.givenNoPriorActivity()
                .when(monday)
                .expectNoEvents()
                .expectException(violationOf(RunIsOnServiceDay.class));
    }

    @Test
    void whenRunIsScheduledOnAPublicHolidayOfAServiceThatRestsOnHolidaysThenRefused() {
        // 2026-11-03 (文化の日) is a Tuesday.
        ScheduleRun holiday = withDate(scheduleRun(ServiceKind.FIXED_ROUTE, 8, 0), LocalDate.of(2026, 11, 3), TUE_FRI);
        fixture.givenNoPriorActivity()
                .when(holiday)
                .expectNoEvents()
                .expectException(violationOf(RunIsOnServiceDay.class));
    }

    @Test
    void whenRunIsScheduledOnAnExtraDateThenScheduled() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        ServiceCalendar withExtra = new ServiceCalendar(TUE_FRI.weekdays(), false, Set.of(monday), Set.of());
        fixture.givenNoPriorActivity()
                .when(withDate(scheduleRun(ServiceKind.FIXED_ROUTE, 8, 0), monday, withExtra))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void whenPaidRunIsGivenADriverWithoutQualificationThenRefused() {
        ScheduleRun c = scheduleRun(ServiceKind.DEMAND_RESPONSIVE, 8, 0);
        fixture.givenNoPriorActivity()
                .when(new ScheduleRun(c.runId(), c.organizationId(), c.serviceId(), c.serviceKind(), c.calendar(),
                        c.serviceDate(), c.departure(), c.bookingDeadline(), c.vehicleId(), c.seats(),
                        c.wheelchairSpaces(), c.driverId(), DriverQualification.NONE, c.driverLicenceExpiry()))
                .expectNoEvents()
                .expectException(violationOf(DriverMayCarryPassengers.class));
    }

    @Test
    void whenVolunteerRunIsGivenADriverWithoutQualificationThenScheduled() {
        ScheduleRun c = scheduleRun(ServiceKind.VOLUNTEER, 3, 0);
        fixture.givenNoPriorActivity()
                .when(new ScheduleRun(c.runId(), c.organizationId(), c.serviceId(), c.serviceKind(), c.calendar(),
                        c.serviceDate(), c.departure(), c.bookingDeadline(), c.vehicleId(), c.seats(),
                        c.wheelchairSpaces(), c.driverId(), DriverQualification.NONE, c.driverLicenceExpiry()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void whenDriverLicenceExpiresBeforeTheRunThenRefused() {
        ScheduleRun c = scheduleRun(ServiceKind.VOLUNTEER, 3, 0);
        fixture.givenNoPriorActivity()
                .when(new ScheduleRun(c.runId(), c.organizationId(), c.serviceId(), c.serviceKind(), c.calendar(),
                        c.serviceDate(), c.departure(), c.bookingDeadline(), c.vehicleId(), c.seats(),
                        c.wheelchairSpaces(), c.driverId(), DriverQualification.NONE, DATE.minusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(DriverMayCarryPassengers.class));
    }

    private static ScheduleRun withDate(ScheduleRun c, LocalDate date, ServiceCalendar calendar) {
        return new ScheduleRun(c.runId(), c.organizationId(), c.serviceId(), c.serviceKind(), calendar, date,
                c.departure(), date.minusDays(1).atTime(17, 0), c.vehicleId(), c.seats(), c.wheelchairSpaces(),
                c.driverId(), c.driverQualification(), c.driverLicenceExpiry());
    }

    // ------------------------------------------------------------------ booking

    @Test
    void givenRunWithSeatsWhenRideIsBookedThenBookedWithFareAndPlaces() {
        BookRide book = bookRide("Booking:a", 2);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book))
                .expectResultMessagePayload("Booking:a");
    }

    @Test
    void givenRunWithOneSeatLeftWhenTwoAreBookedThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 2))
                .when(bookRide("Booking:b", 2))
                .expectNoEvents()
                .expectException(violationOf(RunHasSeatsLeft.class));
    }

    @Test
    void givenRunWithOneSeatLeftWhenOneIsBookedThenBooked() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 2))
                .when(bookRide("Booking:b", 1))
                .expectEvents(rideBooked("Booking:b", 1));
    }

    @Test
    void givenCancelledBookingWhenItsSeatIsBookedAgainThenBooked() {
        fixture.given(runScheduled(1), rideBooked("Booking:a", 1), cancelled("Booking:a", CancellationKind.CANCELLED))
                .when(bookRide("Booking:b", 1))
                .expectEvents(rideBooked("Booking:b", 1));
    }

    @Test
    void whenBookingHasNoPassengersThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 0))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPassengers.class));
    }

    @Test
    void whenBookingIsOnlyCompanionsThenRefused() {
        BookRide c = bookRide("Booking:a", 2);
        fixture.given(runScheduled(8))
                .when(new BookRide(c.runId(), c.organizationId(), c.bookingId(), c.residentId(), c.operator(),
                        c.caller(), c.pickup(), c.dropOff(), c.pickupTime(), 2, 2, false, c.purpose(), null, c.fare(),
                        c.requestedAt()))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPassengers.class));
    }

    @Test
    void whenBookingHasNoDropOffThenRefused() {
        BookRide c = bookRide("Booking:a", 1);
        fixture.given(runScheduled(8))
                .when(new BookRide(c.runId(), c.organizationId(), c.bookingId(), c.residentId(), c.operator(),
                        c.caller(), HOME, new Place(null, false), c.pickupTime(), 1, 0, false, c.purpose(), null,
                        c.fare(), c.requestedAt()))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPlaces.class));
    }

    @Test
    void whenAnotherOrganizationBooksTheRunThenRefused() {
        BookRide c = bookRide("Booking:a", 1);
        fixture.given(runScheduled(8))
                .when(new BookRide(c.runId(), "oto", c.bookingId(), c.residentId(), c.operator(), c.caller(),
                        c.pickup(), c.dropOff(), c.pickupTime(), 1, 0, false, c.purpose(), null, c.fare(),
                        c.requestedAt()))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @Test
    void givenBookingOnRunWhenTheSameBookingIsRetriedThenRefusedAndNoSecondSeatTaken() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1))
                .when(bookRide("Booking:a", 1))
                .expectNoEvents()
                .expectException(violationOf(BookingIsNew.class));
    }

    @Test
    void whenBookingComesAfterTheDeadlineThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, Fare.fromTable(300), DEADLINE.plusMinutes(1)))
                .expectNoEvents()
                .expectException(violationOf(BookingBeforeDeadline.class));
    }

    @Test
    void whenBookingComesExactlyAtTheDeadlineThenBooked() {
        BookRide book = bookRide("Booking:a", 1, false, Fare.fromTable(300), DEADLINE);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void givenRunWithoutWheelchairSpaceWhenWheelchairRiderIsBookedThenRefused() {
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 8, 0))
                .when(bookRide("Booking:a", 1, true, Fare.fromTable(300), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(RunHasWheelchairSpace.class));
    }

    @Test
    void givenFullSeatsWhenWheelchairRiderIsBookedIntoTheWheelchairSpaceThenBooked() {
        BookRide wheelchair = bookRide("Booking:b", 1, true, Fare.fromTable(300), BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 1, 1), rideBooked("Booking:a", 1))
                .when(wheelchair)
                .expectEvents(rideBooked(wheelchair));
    }

    @Test
    void givenWheelchairSpaceTakenWhenAnotherWheelchairRiderIsBookedThenRefused() {
        BookRide first = bookRide("Booking:a", 1, true, Fare.fromTable(300), BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 8, 1), rideBooked(first))
                .when(bookRide("Booking:b", 1, true, Fare.fromTable(300), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(RunHasWheelchairSpace.class));
    }

    @Test
    void whenFareDiffersFromTheTableWithoutReasonThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, new Fare(200, 300, null, 0, null), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(FareOverrideHasReason.class));
    }

    @Test
    void whenFareDiffersFromTheTableWithReasonThenBookedWithBoth() {
        BookRide book = bookRide("Booking:a", 1, false, new Fare(200, 300, "障がい者割引", 100, "迎車"), BEFORE_DEADLINE);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void givenVolunteerRunWhenBookedWithAFareThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0))
                .when(bookRide("Booking:a", 1, false, Fare.fromTable(500), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(VolunteerRideTakesNoFare.class));
    }

    @Test
    void givenVolunteerRunWhenBookedWithoutFareThenBooked() {
        BookRide book = bookRide("Booking:a", 1, false, Fare.NONE, BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void whenOnlyExtraChargesAreAddedToTheTableFareThenBookedWithoutAReasonAndTheChargesKeptApart() {
        BookRide book = bookRide("Booking:a", 1, false, new Fare(300, 300, null, 200, "迎車"), BEFORE_DEADLINE);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void whenFareHasNoTablePriceAndNoReasonThenRefusedAsAnOverride() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, new Fare(300, null, null, 0, null), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(FareOverrideHasReason.class));
    }

    @Test
    void whenFareOverrideReasonIsBlankThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, new Fare(200, 300, "  ", 0, null), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(FareOverrideHasReason.class));
    }

    @Test
    void whenFareIsNegativeThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, new Fare(-100, 300, "返金", 0, null), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(FareOverrideHasReason.class));
    }

    @Test
    void whenExtraChargesAreNegativeThenRefused() {
        fixture.given(runScheduled(8))
                .when(bookRide("Booking:a", 1, false, new Fare(300, 300, null, -100, "値引き"), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(FareOverrideHasReason.class));
    }

    @Test
    void whenFreeRideIsAnOverrideWithReasonThenBooked() {
        BookRide book = bookRide("Booking:a", 1, false, new Fare(0, 300, "初回無料", 0, null), BEFORE_DEADLINE);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void givenPaidRunWhenBookedWithoutAFareThenBookedWithoutOne() {
        BookRide book = bookRide("Booking:a", 1, false, null, BEFORE_DEADLINE);
        fixture.given(runScheduled(8))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void givenVolunteerRunWhenBookedWithoutAnyFareThenBooked() {
        BookRide book = bookRide("Booking:a", 1, false, null, BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0))
                .when(book)
                .expectEvents(rideBooked(book));
    }

    @Test
    void givenVolunteerRunWhenBookedWithOnlyExtraChargesThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0))
                .when(bookRide("Booking:a", 1, false, new Fare(0, 0, null, 200, "迎車"), BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(VolunteerRideTakesNoFare.class));
    }

    // ------------------------------------------------------------------ changes, cancellations, turn-downs

    private static ChangeBooking change(String bookingId, int passengers, boolean wheelchair) {
        return new ChangeBooking(RUN, ORG, bookingId, "operator2", HOME, CLINIC, LocalTime.of(9, 5), passengers, 0,
                wheelchair, BEFORE_DEADLINE);
    }

    private static BookingCancelled cancelled(String bookingId, CancellationKind kind) {
        return new BookingCancelled(bookingId, RUN, ORG, SERVICE, DATE, kind, "operator2", reason("入院"),
                BEFORE_DEADLINE);
    }

    /** The cancellation reason, sealed with the rider's key (the example bookings are all Resident:1's). */
    private static jp.yui.domain.shared.Sealed reason(String text) {
        return jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", text);
    }

    @Test
    void givenBookingWhenPassengersChangeWithinSeatsThenChanged() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1), rideBooked("Booking:b", 1))
                .when(change("Booking:a", 2, false))
                .expectEvents(new BookingChanged("Booking:a", RUN, ORG, SERVICE, DATE, "operator2", HOME, CLINIC,
                        LocalTime.of(9, 5), 2, 0, false, BEFORE_DEADLINE));
    }

    @Test
    void givenBookingWhenPassengersChangeBeyondSeatsThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1), rideBooked("Booking:b", 1))
                .when(change("Booking:a", 3, false))
                .expectNoEvents()
                .expectException(violationOf(RunHasSeatsLeft.class));
    }

    @Test
    void whenUnknownBookingIsChangedThenRefused() {
        fixture.given(runScheduled(3))
                .when(change("Booking:x", 1, false))
                .expectNoEvents()
                .expectException(violationOf(BookingIsOnRun.class));
    }

    @Test
    void givenCancelledBookingWhenChangedThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1), cancelled("Booking:a", CancellationKind.CANCELLED))
                .when(change("Booking:a", 1, false))
                .expectNoEvents()
                .expectException(violationOf(BookingIsActive.class));
    }

    @Test
    void whenCancelledBeforeTheDeadlineThenAnOrdinaryCancellation() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1))
                .when(new CancelBooking(RUN, ORG, "Booking:a", "operator2", "入院", BEFORE_DEADLINE))
                .expectEvents(cancelled("Booking:a", CancellationKind.CANCELLED))
                .expectResultMessagePayload(CancellationKind.CANCELLED);
    }

    @Test
    void whenCancelledAfterTheDeadlineThenALateCancellation() {
        LocalDateTime late = DEADLINE.plusHours(1);
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1))
                .when(new CancelBooking(RUN, ORG, "Booking:a", "operator2", "体調不良", late))
                .expectEvents(new BookingCancelled("Booking:a", RUN, ORG, SERVICE, DATE, CancellationKind.LATE_CANCEL,
                        "operator2", reason("体調不良"), late));
    }

    @Test
    void whenCancelledOnTheDayThenASameDayCancellation() {
        LocalDateTime sameDay = DATE.atTime(7, 0);
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1))
                .when(new CancelBooking(RUN, ORG, "Booking:a", "operator2", "体調不良", sameDay))
                .expectEvents(new BookingCancelled("Booking:a", RUN, ORG, SERVICE, DATE,
                        CancellationKind.SAME_DAY_CANCEL, "operator2", reason("体調不良"), sameDay));
    }

    @Test
    void givenCancelledBookingWhenCancelledAgainThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1), cancelled("Booking:a", CancellationKind.CANCELLED))
                .when(new CancelBooking(RUN, ORG, "Booking:a", "operator2", "入院", BEFORE_DEADLINE))
                .expectNoEvents()
                .expectException(violationOf(BookingIsActive.class));
    }

    @Test
    void whenRideIsTurnedDownThenRecordedAsDemandEvidence() {
        TurnDownRide turnDown = new TurnDownRide(RUN, ORG, "Request:1", "Resident:2", "operator1", 1, true,
                TurnDownReason.NO_WHEELCHAIR_SPACE, BEFORE_DEADLINE);
        fixture.given(runScheduled(3))
                .when(turnDown)
                .expectEvents(new RideTurnedDown("Request:1", RUN, ORG, SERVICE, DATE, "Resident:2", "operator1", 1,
                        true, TurnDownReason.NO_WHEELCHAIR_SPACE, BEFORE_DEADLINE));
    }

    @Test
    void givenTurnDownRecordedWhenTheSameRequestIsSentAgainThenNothingMoreIsRecorded() {
        TurnDownRide turnDown = new TurnDownRide(RUN, ORG, "Request:1", "Resident:2", "operator1", 1, false,
                TurnDownReason.RUN_FULL, BEFORE_DEADLINE);
        fixture.given(runScheduled(3), new RideTurnedDown("Request:1", RUN, ORG, SERVICE, DATE, "Resident:2",
                        "operator1", 1, false, TurnDownReason.RUN_FULL, BEFORE_DEADLINE))
                .when(turnDown)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void departureIsKept() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.DEMAND_RESPONSIVE, 8, 1))
                .expectState(run -> org.assertj.core.api.Assertions.assertThat(run).extracting("departure")
                        .isEqualTo(DEPARTURE));
    }

    // ------------------------------------------------------------------ capacity edges

    @Test
    void whenRunHasOneSeatThenScheduled() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.VOLUNTEER, 1, 0))
                .expectEvents(runScheduled(ServiceKind.VOLUNTEER, 1, 0));
    }

    @Test
    void whenRunHasTheMostSeatsAndWheelchairSpacesAllowedThenScheduled() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.FIXED_ROUTE, 99, 9))
                .expectEvents(runScheduled(ServiceKind.FIXED_ROUTE, 99, 9));
    }

    @Test
    void whenRunHasMoreThan99SeatsThenRefused() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.FIXED_ROUTE, 100, 0))
                .expectNoEvents()
                .expectException(violationOf(RunNeedsSeats.class));
    }

    @Test
    void whenRunHasMoreThan9WheelchairSpacesThenRefused() {
        fixture.givenNoPriorActivity()
                .when(scheduleRun(ServiceKind.FIXED_ROUTE, 8, 10))
                .expectNoEvents()
                .expectException(violationOf(RunNeedsSeats.class));
    }

    /** A wheelchair rider rides in the wheelchair space: only the companion takes a seat. */
    @Test
    void givenWheelchairRiderWithACompanionWhenTheLastSeatIsBookedThenBooked() {
        BookRide c = bookRide("Booking:a", 2, true, Fare.fromTable(300), BEFORE_DEADLINE);
        BookRide withCompanion = new BookRide(c.runId(), c.organizationId(), c.bookingId(), c.residentId(),
                c.operator(), c.caller(), c.pickup(), c.dropOff(), c.pickupTime(), 2, 1, true, c.purpose(), null,
                c.fare(), c.requestedAt());
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 2, 1), rideBooked(withCompanion))
                .when(bookRide("Booking:b", 1))
                .expectEvents(rideBooked("Booking:b", 1));
    }

    // ------------------------------------------------------------------ changing a booking re-checks it

    private static ChangeBooking change(String bookingId, int passengers, int companions, boolean wheelchair,
                                        Place dropOff) {
        return new ChangeBooking(RUN, ORG, bookingId, "operator2", HOME, dropOff, LocalTime.of(9, 5), passengers,
                companions, wheelchair, BEFORE_DEADLINE);
    }

    @Test
    void givenBookingWhenChangedToOnlyCompanionsThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1))
                .when(change("Booking:a", 1, 1, false, CLINIC))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPassengers.class));
    }

    @Test
    void givenBookingWhenChangedToNoDropOffThenRefused() {
        fixture.given(runScheduled(3), rideBooked("Booking:a", 1))
                .when(change("Booking:a", 1, 0, false, null))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPlaces.class));
    }

    @Test
    void givenTheWheelchairSpaceTakenWhenAnotherBookingIsChangedToAWheelchairThenRefused() {
        BookRide wheelchair = bookRide("Booking:a", 1, true, Fare.fromTable(300), BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 8, 1), rideBooked(wheelchair),
                        rideBooked("Booking:b", 1))
                .when(change("Booking:b", 1, 0, true, CLINIC))
                .expectNoEvents()
                .expectException(violationOf(RunHasWheelchairSpace.class));
    }

    @Test
    void givenTheOnlyWheelchairSpaceIsThisBookingsWhenItIsChangedThenItKeepsTheSpace() {
        BookRide wheelchair = bookRide("Booking:a", 1, true, Fare.fromTable(300), BEFORE_DEADLINE);
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 1, 1), rideBooked(wheelchair))
                .when(change("Booking:a", 1, 0, true, CLINIC))
                .expectEvents(new BookingChanged("Booking:a", RUN, ORG, SERVICE, DATE, "operator2", HOME, CLINIC,
                        LocalTime.of(9, 5), 1, 0, true, BEFORE_DEADLINE));
    }

    @Test
    void givenAllSeatsTakenWhenARiderIsChangedToAWheelchairThenTheSeatIsFreedForTheSpace() {
        fixture.given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 1, 1), rideBooked("Booking:a", 1))
                .when(change("Booking:a", 1, 0, true, CLINIC))
                .expectEvents(new BookingChanged("Booking:a", RUN, ORG, SERVICE, DATE, "operator2", HOME, CLINIC,
                        LocalTime.of(9, 5), 1, 0, true, BEFORE_DEADLINE));
    }
}
