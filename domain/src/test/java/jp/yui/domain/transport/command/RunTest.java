package jp.yui.domain.transport.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;

import java.time.LocalDate;
import java.time.LocalTime;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.BookRide;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.ScheduleRun;

class RunTest {

    private static final String RUN = "Run:1";
    private static final String ORG = "minato";
    private static final String SERVICE = "minato-bus";
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private static final LocalTime DEPARTURE = LocalTime.of(9, 30);

    private FixtureConfiguration<Run> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Run.class);
    }

    private static RunScheduled scheduledWithSeats(int seats) {
        return new RunScheduled(RUN, ORG, SERVICE, DATE, DEPARTURE, seats);
    }

    private static RideBooked booked(String bookingId, int passengers) {
        return new RideBooked(bookingId, RUN, ORG, SERVICE, DATE, passengers);
    }

    @Test
    void whenRunIsScheduledThenItIsOnTheScheduleWithItsSeats() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleRun(RUN, ORG, SERVICE, DATE, DEPARTURE, 8))
                .expectSuccessfulHandlerExecution()
                .expectEvents(scheduledWithSeats(8));
    }

    @Test
    void whenRunWithoutSeatsIsScheduledThenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleRun(RUN, ORG, SERVICE, DATE, DEPARTURE, 0))
                .expectNoEvents()
                .expectException(violationOf(RunNeedsSeats.class));
    }

    @Test
    void givenRunWithSeatsWhenRideIsBookedThenBookedWithServiceAndDate() {
        fixture.given(scheduledWithSeats(8))
                .when(new BookRide(RUN, ORG, "Booking:a", 2))
                .expectEvents(booked("Booking:a", 2))
                .expectResultMessagePayload("Booking:a");
    }

    @Test
    void givenRunWithOneSeatLeftWhenTwoAreBookedThenRefused() {
        fixture.given(scheduledWithSeats(3), booked("Booking:a", 2))
                .when(new BookRide(RUN, ORG, "Booking:b", 2))
                .expectNoEvents()
                .expectException(violationOf(RunHasSeatsLeft.class));
    }

    @Test
    void givenRunWithOneSeatLeftWhenOneIsBookedThenBooked() {
        fixture.given(scheduledWithSeats(3), booked("Booking:a", 2))
                .when(new BookRide(RUN, ORG, "Booking:b", 1))
                .expectEvents(booked("Booking:b", 1));
    }

    @Test
    void givenFullRunWhenBookedThenRefused() {
        fixture.given(scheduledWithSeats(1), booked("Booking:a", 1))
                .when(new BookRide(RUN, ORG, "Booking:b", 1))
                .expectNoEvents()
                .expectException(violationOf(RunHasSeatsLeft.class));
    }

    @Test
    void whenBookingHasNoPassengersThenRefused() {
        fixture.given(scheduledWithSeats(8))
                .when(new BookRide(RUN, ORG, "Booking:a", 0))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPassengers.class));
    }

    @Test
    void whenAnotherOrganizationBooksTheRunThenRefused() {
        fixture.given(scheduledWithSeats(8))
                .when(new BookRide(RUN, "oto", "Booking:a", 1))
                .expectNoEvents()
                .expectException(violationOf(RunBelongsToOrganization.class));
    }

    @Test
    void givenBookingOnRunWhenTheSameBookingIsRetriedThenRefusedAndNoSecondSeatTaken() {
        fixture.given(scheduledWithSeats(8), booked("Booking:a", 1))
                .when(new BookRide(RUN, ORG, "Booking:a", 1))
                .expectNoEvents()
                .expectException(violationOf(BookingIsNew.class));
    }
}
