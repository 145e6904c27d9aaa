package jp.yui.domain.transport.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.yui.domain.shared.BusinessRule;
import jp.yui.domain.shared.BusinessRuleViolation;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareKind;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;

/**
 * What a refusal tells the caller. The HTTP layer answers a rule that depends on the current state (someone took the
 * last seat) with 409 and one the request breaks by itself with 422, and shows the explanation as the English detail.
 * So each transport rule, once broken, must name itself, explain itself in words, and classify itself correctly.
 */
class RuleRefusalsTest {

    private static final boolean CONFLICT = true;
    private static final boolean INVALID = false;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                // The request is wrong whatever the state (422).
                refusal(new AmountsAreNotNegative(100, -1), INVALID, "Amounts cannot be negative"),
                refusal(new BookingHasPassengers(0, 0), INVALID,
                        "A booking needs at least one rider besides companions"),
                refusal(new BookingHasPlaces(Place.atHome(), null), INVALID,
                        "A booking needs a pickup and a drop-off place"),
                refusal(new BookingIsOnRun(Map.of(), "Booking:x"), INVALID, "The run has no such booking"),
                refusal(new DriverHasLicence(" ", LicenceKind.CLASS_1, DAY, DriverQualification.NONE), INVALID,
                        "A driver needs a name, licence kind and expiry; a class-2 qualification needs a class-2 "
                                + "licence"),
                refusal(new DriverIsAssigned("Driver:1", "Driver:2"), INVALID,
                        "This driver is not assigned to the run"),
                refusal(new DriverMayCarryPassengers(ServiceKind.DEMAND_RESPONSIVE, DriverQualification.NONE,
                        DAY.plusYears(1), DAY), INVALID,
                        "The driver's licence has expired by the day of the run, or the driver lacks the "
                                + "qualification a paid service needs"),
                refusal(new FareOverrideHasReason(new Fare(200, 300, null, 0, null)), INVALID,
                        "A fare different from the fare table needs a reason, and amounts cannot be negative"),
                refusal(new FareTableIsComplete(new FareTable(FareKind.FLAT, -1, null, null, 0, 0, 0), DAY), INVALID,
                        "A fare table needs its kind's prices (none negative) and an effective date"),
                refusal(new OdometerDoesNotRunBackwards(41_200, 41_199), INVALID,
                        "The odometer reading at the end is lower than at the start"),
                refusal(new RecurringPatternIsValid(Set.of(), DAY, DAY.plusDays(7)), INVALID,
                        "A recurring booking needs weekdays and a period of at most one year"),
                refusal(new RunIsOnServiceDay(ServiceCalendar.weekdays(DayOfWeek.FRIDAY), DAY), INVALID,
                        "The service does not run on 2026-11-24"),
                refusal(new RunNeedsSeats(0, 0), INVALID, "A run needs 1-99 seats and 0-9 wheelchair spaces"),
                refusal(new ServiceIsComplete(ServiceKind.FIXED_ROUTE, ServiceCalendar.weekdays(DayOfWeek.FRIDAY),
                        new BookingDeadline(1, LocalTime.of(17, 0)), ""), INVALID,
                        "A service needs a name, a kind, a booking deadline and at least one day it runs"),
                refusal(new UnmetNeedHasReason(null, DAY), INVALID,
                        "An unmet need needs a reason and the day the ride was wanted"),
                refusal(new VehicleHasRegistrationNumber(""), INVALID, "A vehicle needs its registration number"),
                refusal(new VolunteerRideTakesNoFare(ServiceKind.VOLUNTEER, 500), INVALID,
                        "A volunteer service cannot take a fare; record actual costs or voluntary thanks instead"),
                refusal(new VolunteerServiceHasNoFareTable(ServiceKind.VOLUNTEER), INVALID,
                        "A volunteer service cannot take a fare; record actual costs or voluntary thanks instead"),
                // The request was fine until the state changed under it (409).
                refusal(new BookingBeforeDeadline(LocalDateTime.of(2026, 11, 23, 17, 0),
                        LocalDateTime.of(2026, 11, 23, 17, 1)), CONFLICT,
                        "Bookings for this run closed at 2026-11-23T17:00"),
                refusal(new BookingIsActive(true), CONFLICT, "The booking has been cancelled"),
                refusal(new BookingIsNew(Set.of("Booking:a"), "Booking:a"), CONFLICT,
                        "This booking is already on the run"),
                refusal(new DriverRecordsHaveExpired(DAY.minusMonths(6), null, DAY), CONFLICT,
                        "The driver's duty records (kept one year) or accident records (kept two years) have not "
                                + "expired yet"),
                refusal(new DutyIsInProgress(false, false), CONFLICT, "The duty has not started"),
                refusal(new DutyIsInProgress(true, true), CONFLICT, "The duty has already ended"),
                refusal(new DutyStartsAfterSafetyCheck(false), CONFLICT,
                        "The safety check (alcohol, illness, fatigue) must be recorded and passed before the duty "
                                + "starts"),
                refusal(new DutyStartsOnce(true), CONFLICT, "The duty of this run has already started"),
                refusal(new RiderBoardedBeforeDropOff(null, RideOutcome.DROPPED_OFF), CONFLICT,
                        "A rider boards once, is marked absent only before boarding, and gets off after boarding"),
                refusal(new RunHasSeatsLeft(8, 7, 2), CONFLICT, "The run has 1 seats left, 2 requested"),
                refusal(new RunHasWheelchairSpace(2, 2, 1), CONFLICT,
                        "The run has 0 wheelchair spaces left, 1 requested"),
                refusal(new StopIsNew(Set.of("s1"), "s1"), CONFLICT, "The service already has a stop with this id"));
    }

    private static Arguments refusal(BusinessRule rule, boolean conflict, String explanation) {
        return Arguments.of(rule, conflict, explanation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleNamesItselfExplainsItselfAndSaysWhetherTheStateCausedIt(BusinessRule rule, boolean conflict,
                                                                            String explanation) {
        assertThatThrownBy(rule::verify)
                .isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
                    assertThat(violation.rule())
                            .isEqualTo(rule.getClass().getSimpleName());
                    assertThat(violation.getMessage()).isEqualTo(explanation);
                    assertThat(violation.conflictsWithCurrentState())
                            .isEqualTo(conflict);
                });
    }
}
