package jp.yui.domain.transport.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.EndRecurringBooking;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RecurringBookingEnded;
import jp.yui.domain.transport.api.RecurringBookingSetUp;
import jp.yui.domain.transport.api.SetUpRecurringBooking;
import jp.yui.domain.transport.api.TripPurpose;

class RecurringBookingTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 3, 31);
    private static final Set<DayOfWeek> TUE_FRI = Set.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);

    private final AggregateTestFixture<RecurringBooking> fixture = new AggregateTestFixture<>(RecurringBooking.class);

    private static SetUpRecurringBooking setUp(Set<DayOfWeek> days, LocalDate until) {
        return new SetUpRecurringBooking("RecurringBooking:1", "minato", "Resident:1", "minato-bus",
                LocalTime.of(8, 0), days, FROM, until, Place.atHome(), Place.stop("clinic"), LocalTime.of(7, 40), 1,
                0, false, TripPurpose.HOSPITAL, "operator1");
    }

    private static RecurringBookingSetUp setUpEvent() {
        SetUpRecurringBooking c = setUp(TUE_FRI, UNTIL);
        return new RecurringBookingSetUp(c.recurringId(), c.organizationId(), c.residentId(), c.serviceId(),
                c.departure(), c.weekdays(), c.from(), c.until(), c.pickup(), c.dropOff(), c.pickupTime(),
                c.passengers(), c.companions(), c.wheelchair(), c.purpose(), c.operator());
    }

    @Test
    void whenPatternIsSetUpThenSetUp() {
        fixture.givenNoPriorActivity()
                .when(setUp(TUE_FRI, UNTIL))
                .expectEvents(setUpEvent());
    }

    @Test
    void whenPatternHasNoWeekdaysThenRefused() {
        fixture.givenNoPriorActivity()
                .when(setUp(Set.of(), UNTIL))
                .expectNoEvents()
                .expectException(violationOf(RecurringPatternIsValid.class));
    }

    @Test
    void whenPatternRunsLongerThanAYearThenRefused() {
        fixture.givenNoPriorActivity()
                .when(setUp(TUE_FRI, FROM.plusYears(1).plusDays(1)))
                .expectNoEvents()
                .expectException(violationOf(RecurringPatternIsValid.class));
    }

    @Test
    void whenPatternIsEndedThenEnded() {
        LocalDate last = LocalDate.of(2027, 1, 31);
        fixture.given(setUpEvent())
                .when(new EndRecurringBooking("RecurringBooking:1", "minato", last, "operator1"))
                .expectEvents(new RecurringBookingEnded("RecurringBooking:1", "minato", last, "operator1"));
    }

    @Test
    void whenPatternIsEndedBeforeItStartsThenRefused() {
        fixture.given(setUpEvent())
                .when(new EndRecurringBooking("RecurringBooking:1", "minato", FROM.minusDays(1), "operator1"))
                .expectNoEvents()
                .expectException(violationOf(RecurringPatternIsValid.class));
    }

    @Test
    void occurrencesAreTheWeekdaysInThePeriodAndTheirBookingIdsAreStable() {
        assertThat(setUpEvent().occurrences(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 11)))
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 8),
                        LocalDate.of(2026, 12, 11));
        assertThat(RecurringBooking.occurrenceBookingId("RecurringBooking:1", FROM))
                .isEqualTo(RecurringBooking.occurrenceBookingId("RecurringBooking:1", FROM))
                .isNotEqualTo(RecurringBooking.occurrenceBookingId("RecurringBooking:1", FROM.plusDays(3)))
                .startsWith("Booking:");
    }

    @Test
    void whenPatternHasOnlyCompanionsThenRefused() {
        SetUpRecurringBooking c = setUp(TUE_FRI, UNTIL);
        fixture.givenNoPriorActivity()
                .when(new SetUpRecurringBooking(c.recurringId(), c.organizationId(), c.residentId(), c.serviceId(),
                        c.departure(), c.weekdays(), c.from(), c.until(), c.pickup(), c.dropOff(), c.pickupTime(),
                        1, 1, false, c.purpose(), c.operator()))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPassengers.class));
    }

    @Test
    void whenPatternHasNoDropOffThenRefused() {
        SetUpRecurringBooking c = setUp(TUE_FRI, UNTIL);
        fixture.givenNoPriorActivity()
                .when(new SetUpRecurringBooking(c.recurringId(), c.organizationId(), c.residentId(), c.serviceId(),
                        c.departure(), c.weekdays(), c.from(), c.until(), c.pickup(), null, c.pickupTime(),
                        c.passengers(), c.companions(), c.wheelchair(), c.purpose(), c.operator()))
                .expectNoEvents()
                .expectException(violationOf(BookingHasPlaces.class));
    }

    @Test
    void whenAnotherOrganizationEndsThePatternThenRefused() {
        fixture.given(setUpEvent())
                .when(new EndRecurringBooking("RecurringBooking:1", "oto", LocalDate.of(2027, 1, 31), "operator1"))
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }
}
