package jp.yui.domain.transport.command;

import static jp.yui.domain.shared.RuleViolationMatcher.violationOf;
import static jp.yui.domain.transport.TransportExamples.BEFORE_DEADLINE;
import static jp.yui.domain.transport.TransportExamples.CLINIC;
import static jp.yui.domain.transport.TransportExamples.DATE;
import static jp.yui.domain.transport.TransportExamples.HOME;
import static jp.yui.domain.transport.TransportExamples.ORG;
import static jp.yui.domain.transport.TransportExamples.RUN;
import static jp.yui.domain.transport.TransportExamples.SERVICE;
import static jp.yui.domain.transport.TransportExamples.rideBooked;
import static jp.yui.domain.transport.TransportExamples.runScheduled;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.yui.domain.transport.api.AbnormalEventRecorded;
import jp.yui.domain.transport.api.AccidentRecorded;
import jp.yui.domain.transport.api.CancelBooking;
import jp.yui.domain.transport.api.ChangeBooking;
import jp.yui.domain.transport.api.CollectFare;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.EndDuty;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RecordAbnormalEvent;
import jp.yui.domain.transport.api.RecordAccident;
import jp.yui.domain.transport.api.RecordRideCosts;
import jp.yui.domain.transport.api.RecordRideOutcome;
import jp.yui.domain.transport.api.RecordSafetyCheck;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.SafetyCheckRecorded;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.StartDuty;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.TurnDownRide;

/** 乗務: the driver's side of a run, from the safety check to the end of the duty. */
class DutyTest {

    private static final String DRIVER = "Driver:1";
    private static final LocalDateTime CHECKED = DATE.atTime(8, 30);
    private static final LocalDateTime STARTED = DATE.atTime(8, 45);
    private static final LocalDateTime BOARDED = DATE.atTime(9, 12);

    private FixtureConfiguration<Run> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Run.class);
        fixture.registerInjectableResource(jp.yui.domain.shared.ClearVault.INSTANCE);
    }

    private static RecordSafetyCheck check(String actionId, boolean alcoholDetected) {
        return new RecordSafetyCheck(RUN, ORG, actionId, DRIVER, true, alcoholDetected, false, false,
                "雪道に注意", "事務局 佐藤", CHECKED);
    }

    private static SafetyCheckRecorded checked(String actionId, boolean alcoholDetected) {
        return new SafetyCheckRecorded(RUN, ORG, actionId, DRIVER, true, alcoholDetected, false, false, "雪道に注意",
                "事務局 佐藤", CHECKED, !alcoholDetected);
    }

    private static StartDuty start(String actionId) {
        return new StartDuty(RUN, ORG, actionId, DRIVER, "湊公民館", STARTED, 41_200);
    }

    private static DutyStarted started(String actionId) {
        return new DutyStarted(RUN, ORG, actionId, DRIVER, "Vehicle:1", "湊公民館", STARTED, 41_200);
    }

    private static RideOutcomeRecorded outcome(String actionId, RideOutcome outcome) {
        return new RideOutcomeRecorded(RUN, ORG, SERVICE, DATE, actionId, "Booking:a", outcome, 1, BOARDED);
    }

    @Test
    void whenSafetyCheckIsRecordedThenItPassesOnlyWithADetectorAndNothingFound() {
        fixture.given(runScheduled(8))
                .when(check("a1", false))
                .expectEvents(checked("a1", false));
    }

    @Test
    void whenAlcoholIsDetectedThenTheCheckIsRecordedAsFailed() {
        fixture.given(runScheduled(8))
                .when(check("a1", true))
                .expectEvents(checked("a1", true));
    }

    @Test
    void whenAnotherDriverRecordsTheCheckThenRefused() {
        fixture.given(runScheduled(8))
                .when(new RecordSafetyCheck(RUN, ORG, "a1", "Driver:2", true, false, false, false, "", "佐藤", CHECKED))
                .expectNoEvents()
                .expectException(violationOf(DriverIsAssigned.class));
    }

    @Test
    void givenNoSafetyCheckWhenDutyStartsThenRefused() {
        fixture.given(runScheduled(8))
                .when(start("a2"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsAfterSafetyCheck.class));
    }

    @Test
    void givenFailedSafetyCheckWhenDutyStartsThenRefused() {
        fixture.given(runScheduled(8), checked("a1", true))
                .when(start("a2"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsAfterSafetyCheck.class));
    }

    @Test
    void givenPassedSafetyCheckWhenDutyStartsThenStartedWithVehicle() {
        fixture.given(runScheduled(8), checked("a1", false))
                .when(start("a2"))
                .expectEvents(started("a2"));
    }

    @Test
    void givenStartedDutyWhenTheSameStartIsSentAgainThenNothingIsRecordedTwice() {
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(start("a2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenStartedDutyWhenAnotherStartIsSentThenRefused() {
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(start("a3"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsOnce.class));
    }

    @Test
    void givenDutyNotStartedWhenRiderBoardsThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1))
                .when(new RecordRideOutcome(RUN, ORG, "a3", "Booking:a", RideOutcome.BOARDED, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyStartedWhenRiderBoardsThenBoarded() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"))
                .when(new RecordRideOutcome(RUN, ORG, "a3", "Booking:a", RideOutcome.BOARDED, BOARDED))
                .expectEvents(outcome("a3", RideOutcome.BOARDED));
    }

    @Test
    void givenRiderNotBoardedWhenDroppedOffThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"))
                .when(new RecordRideOutcome(RUN, ORG, "a3", "Booking:a", RideOutcome.DROPPED_OFF, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(RiderBoardedBeforeDropOff.class));
    }

    @Test
    void givenRiderBoardedWhenMarkedNotThereThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"),
                        outcome("a3", RideOutcome.BOARDED))
                .when(new RecordRideOutcome(RUN, ORG, "a4", "Booking:a", RideOutcome.NO_SHOW, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(RiderBoardedBeforeDropOff.class));
    }

    @Test
    void givenRiderBoardedWhenTheSameBoardingIsSentAgainThenNothingIsRecordedTwice() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"),
                        outcome("a3", RideOutcome.BOARDED))
                .when(new RecordRideOutcome(RUN, ORG, "a3", "Booking:a", RideOutcome.BOARDED, BOARDED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenPaidRunWhenFareIsCollectedThenRecorded() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"))
                .when(new CollectFare(RUN, ORG, "a4", "Booking:a", 300, PaymentMethod.CASH, BOARDED))
                .expectEvents(new FareCollected(RUN, ORG, SERVICE, DATE, "a4", "Booking:a", 300, PaymentMethod.CASH,
                        BOARDED));
    }

    @Test
    void givenVolunteerRunWhenFareIsCollectedThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0), rideBooked("Booking:a", 1), checked("a1", false),
                        started("a2"))
                .when(new CollectFare(RUN, ORG, "a4", "Booking:a", 500, PaymentMethod.CASH, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(VolunteerRideTakesNoFare.class));
    }

    @Test
    void givenVolunteerRunWhenCostsAndThanksAreRecordedThenKeptApart() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0), rideBooked("Booking:a", 1), checked("a1", false),
                        started("a2"))
                .when(new RecordRideCosts(RUN, ORG, "a4", "Booking:a", 400, 0, 200, 500, BOARDED))
                .expectEvents(new RideCostsRecorded(RUN, ORG, SERVICE, DATE, "a4", "Booking:a", 400, 0, 200, 500,
                        BOARDED));
    }

    @Test
    void whenNegativeCostIsRecordedThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0), rideBooked("Booking:a", 1), checked("a1", false),
                        started("a2"))
                .when(new RecordRideCosts(RUN, ORG, "a4", "Booking:a", -400, 0, 0, 0, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(AmountsAreNotNegative.class));
    }

    @Test
    void givenDutyStartedWhenItEndsThenDistanceIsTheOdometerDifference() {
        LocalDateTime end = DATE.atTime(11, 40);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(new EndDuty(RUN, ORG, "a9", "湊公民館", end, 41_262, List.of("竹田病院", "湊支所")))
                .expectEvents(new DutyEnded(RUN, ORG, "a9", "湊公民館", end, 41_262, 62, List.of("竹田病院", "湊支所")));
    }

    @Test
    void whenOdometerAtTheEndIsBelowTheStartThenRefused() {
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(new EndDuty(RUN, ORG, "a9", "湊公民館", DATE.atTime(11, 40), 41_100, List.of()))
                .expectNoEvents()
                .expectException(violationOf(OdometerDoesNotRunBackwards.class));
    }

    @Test
    void givenDutyEndedWhenRiderBoardsThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"),
                        new DutyEnded(RUN, ORG, "a9", "湊公民館", DATE.atTime(11, 40), 41_262, 62, List.of()))
                .when(new RecordRideOutcome(RUN, ORG, "a10", "Booking:a", RideOutcome.BOARDED, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void whenAccidentIsRecordedThenItNamesTheRunsDriverAndVehicle() {
        LocalDateTime at = DATE.atTime(10, 5);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(new RecordAccident(RUN, ORG, "a5", at, "県道 湊町赤井", "対向車 1台", "左ミラー破損、けが人なし",
                        "狭い道でのすれ違い", "待避所で待つ"))
                .expectEvents(new AccidentRecorded(RUN, ORG, "a5", DRIVER, "Vehicle:1", at, "県道 湊町赤井", "対向車 1台",
                        "左ミラー破損、けが人なし", "狭い道でのすれ違い", "待避所で待つ"));
    }

    // ------------------------------------------------------------------ safety check: every way to fail it

    private static RecordSafetyCheck check(String actionId, boolean detectorUsed, boolean alcohol, boolean ill,
                                           boolean fatigued) {
        return new RecordSafetyCheck(RUN, ORG, actionId, DRIVER, detectorUsed, alcohol, ill, fatigued, "雪道に注意",
                "事務局 佐藤", CHECKED);
    }

    private static SafetyCheckRecorded checked(String actionId, boolean detectorUsed, boolean alcohol, boolean ill,
                                               boolean fatigued, boolean passed) {
        return new SafetyCheckRecorded(RUN, ORG, actionId, DRIVER, detectorUsed, alcohol, ill, fatigued, "雪道に注意",
                "事務局 佐藤", CHECKED, passed);
    }

    /** Each row fails the check in exactly one way: no detector used, alcohol found, ill, fatigued. */
    @ParameterizedTest(name = "detector used {0}, alcohol {1}, ill {2}, fatigued {3}")
    @CsvSource({"false,false,false,false", "true,true,false,false", "true,false,true,false", "true,false,false,true"})
    void whenTheCheckFindsOneProblemThenItIsRecordedAsFailedWithWhatWasFound(boolean detectorUsed, boolean alcohol,
                                                                            boolean ill, boolean fatigued) {
        fixture.given(runScheduled(8))
                .when(check("a1", detectorUsed, alcohol, ill, fatigued))
                .expectSuccessfulHandlerExecution()
                .expectEvents(checked("a1", detectorUsed, alcohol, ill, fatigued, false));
    }

    /** The refusal follows from the aggregate's own verdict, not from a failed event handed to it. */
    @ParameterizedTest(name = "detector used {0}, alcohol {1}, ill {2}, fatigued {3}")
    @CsvSource({"false,false,false,false", "true,true,false,false", "true,false,true,false", "true,false,false,true"})
    void givenTheCheckFoundOneProblemWhenDutyStartsThenRefused(boolean detectorUsed, boolean alcohol, boolean ill,
                                                               boolean fatigued) {
        fixture.given(runScheduled(8))
                .andGivenCommands(check("a1", detectorUsed, alcohol, ill, fatigued))
                .when(start("a2"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsAfterSafetyCheck.class));
    }

    @Test
    void givenACheckRecordedThroughTheAggregateThatPassedWhenDutyStartsThenStarted() {
        fixture.given(runScheduled(8))
                .andGivenCommands(check("a1", true, false, false, false))
                .when(start("a2"))
                .expectEvents(started("a2"));
    }

    @Test
    void givenAFailedCheckWhenTheDriverIsCheckedAgainAndPassesThenTheDutyMayStart() {
        fixture.given(runScheduled(8), checked("a1", true, false, false, true, false),
                        checked("a2", true, false, false, false, true))
                .when(start("a3"))
                .expectEvents(started("a3"));
    }

    @Test
    void givenAPassedCheckWhenALaterCheckFailsThenTheDutyMayNotStart() {
        fixture.given(runScheduled(8), checked("a1", true, false, false, false, true),
                        checked("a2", true, false, true, false, false))
                .when(start("a3"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsAfterSafetyCheck.class));
    }

    @Test
    void givenAFailedCheckWhenTheSameCheckIsRetriedAsPassedThenNothingIsRecordedAndTheDutyStaysBlocked() {
        fixture.given(runScheduled(8))
                .andGivenCommands(check("a1", true, true, false, false),
                        check("a1", true, false, false, false))
                .when(start("a2"))
                .expectNoEvents()
                .expectException(violationOf(DutyStartsAfterSafetyCheck.class));
    }

    // ------------------------------------------------------------------ only the run's driver

    @Test
    void givenPassedCheckWhenAnotherDriverStartsTheDutyThenRefused() {
        fixture.given(runScheduled(8), checked("a1", false))
                .when(new StartDuty(RUN, ORG, "a2", "Driver:2", "湊公民館", STARTED, 41_200))
                .expectNoEvents()
                .expectException(violationOf(DriverIsAssigned.class));
    }

    // ------------------------------------------------------------------ duty in progress: not before, not after

    private static DutyEnded ended(String actionId) {
        return new DutyEnded(RUN, ORG, actionId, "湊公民館", DATE.atTime(11, 40), 41_262, 62, List.of());
    }

    @Test
    void givenDutyNotStartedWhenFareIsCollectedThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false))
                .when(new CollectFare(RUN, ORG, "a4", "Booking:a", 300, PaymentMethod.CASH, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyEndedWhenFareIsCollectedThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"), ended("a9"))
                .when(new CollectFare(RUN, ORG, "a4", "Booking:a", 300, PaymentMethod.CASH, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyNotStartedWhenCostsAreRecordedThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0), rideBooked("Booking:a", 1))
                .when(new RecordRideCosts(RUN, ORG, "a4", "Booking:a", 400, 0, 0, 0, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyEndedWhenCostsAreRecordedThenRefused() {
        fixture.given(runScheduled(ServiceKind.VOLUNTEER, 3, 0), rideBooked("Booking:a", 1), checked("a1", false),
                        started("a2"), ended("a9"))
                .when(new RecordRideCosts(RUN, ORG, "a4", "Booking:a", 400, 0, 0, 0, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyNotStartedWhenItEndsThenRefused() {
        fixture.given(runScheduled(8), checked("a1", false))
                .when(new EndDuty(RUN, ORG, "a9", "湊公民館", DATE.atTime(11, 40), 41_262, List.of()))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyEndedWhenAnotherEndIsSentThenRefused() {
        fixture.given(runScheduled(8), checked("a1", false), started("a2"), ended("a9"))
                .when(new EndDuty(RUN, ORG, "a10", "湊公民館", DATE.atTime(12, 0), 41_300, List.of()))
                .expectNoEvents()
                .expectException(violationOf(DutyIsInProgress.class));
    }

    @Test
    void givenDutyEndedWhenTheSameEndIsRetriedThenNothingIsRecordedTwice() {
        fixture.given(runScheduled(8), checked("a1", false), started("a2"), ended("a9"))
                .when(new EndDuty(RUN, ORG, "a9", "湊公民館", DATE.atTime(11, 40), 41_262, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ abnormal events (異常な状態)

    @Test
    void givenDutyInProgressWhenAnAbnormalEventIsRecordedThenRecorded() {
        LocalDateTime at = DATE.atTime(10, 20);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(new RecordAbnormalEvent(RUN, ORG, "a6", at, "県道 通行止め、迂回"))
                .expectEvents(new AbnormalEventRecorded(RUN, ORG, "a6", at, "県道 通行止め、迂回"));
    }

    @Test
    void givenAbnormalEventRecordedWhenTheSameActionIsRetriedThenNothingIsRecordedTwice() {
        LocalDateTime at = DATE.atTime(10, 20);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"),
                        new AbnormalEventRecorded(RUN, ORG, "a6", at, "県道 通行止め、迂回"))
                .when(new RecordAbnormalEvent(RUN, ORG, "a6", at, "県道 通行止め、迂回"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /**
     * Characterization: the rule is not DutyIsInProgress here. The driver writes up anything abnormal after the duty
     * (DOMAIN.md: "After: odometer, times, anything abnormal"), so an ended duty still takes the report.
     */
    @Test
    void givenDutyEndedWhenAnAbnormalEventIsReportedAfterwardsThenStillRecorded() {
        LocalDateTime at = DATE.atTime(10, 20);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"), ended("a9"))
                .when(new RecordAbnormalEvent(RUN, ORG, "a10", at, "車いす固定具の不具合"))
                .expectEvents(new AbnormalEventRecorded(RUN, ORG, "a10", at, "車いす固定具の不具合"));
    }

    // ------------------------------------------------------------------ the run is its organization's alone

    private static final String OTHER_ORG = "oto";

    /** Before the duty: each command would succeed for the run's own organization in this state. */
    static Stream<Object> otherOrganizationsCommandsBeforeTheDuty() {
        return Stream.of(
                new ChangeBooking(RUN, OTHER_ORG, "Booking:a", "operator2", HOME,
                        CLINIC, LocalTime.of(9, 5), 1, 0, false,
                        BEFORE_DEADLINE),
                new CancelBooking(RUN, OTHER_ORG, "Booking:a", "operator2", "入院", BEFORE_DEADLINE),
                new TurnDownRide(RUN, OTHER_ORG, "Request:1", "Resident:2", "operator1", 1, false,
                        TurnDownReason.RUN_FULL, BEFORE_DEADLINE),
                new RecordSafetyCheck(RUN, OTHER_ORG, "a5", DRIVER, true, false, false, false, "", "佐藤", CHECKED),
                new StartDuty(RUN, OTHER_ORG, "a2", DRIVER, "湊公民館", STARTED, 41_200));
    }

    /** During the duty: each command would succeed for the run's own organization in this state. */
    static Stream<Object> otherOrganizationsCommandsDuringTheDuty() {
        return Stream.of(
                new RecordRideOutcome(RUN, OTHER_ORG, "a3", "Booking:a", RideOutcome.BOARDED, BOARDED),
                new CollectFare(RUN, OTHER_ORG, "a4", "Booking:a", 300, PaymentMethod.CASH, BOARDED),
                new RecordRideCosts(RUN, OTHER_ORG, "a4", "Booking:a", 400, 0, 0, 0, BOARDED),
                new EndDuty(RUN, OTHER_ORG, "a9", "湊公民館", DATE.atTime(11, 40), 41_262, List.of()),
                new RecordAbnormalEvent(RUN, OTHER_ORG, "a6", BOARDED, "通行止め"),
                new RecordAccident(RUN, OTHER_ORG, "a7", BOARDED, "県道", "なし", "接触", "不注意", "徐行"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherOrganizationsCommandsBeforeTheDuty")
    void givenABookedRunWhenAnotherOrganizationActsOnItThenRefused(Object command) {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false))
                .when(command)
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherOrganizationsCommandsDuringTheDuty")
    void givenADutyInProgressWhenAnotherOrganizationRecordsOnItThenRefused(Object command) {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"))
                .when(command)
                .expectNoEvents()
                .expectException(violationOf(jp.yui.domain.shared.BelongsToOrganization.class));
    }

    // ------------------------------------------------------------------ amounts and odometer edges

    @Test
    void whenANegativeFareIsCollectedThenRefused() {
        fixture.given(runScheduled(8), rideBooked("Booking:a", 1), checked("a1", false), started("a2"))
                .when(new CollectFare(RUN, ORG, "a4", "Booking:a", -300, PaymentMethod.CASH, BOARDED))
                .expectNoEvents()
                .expectException(violationOf(AmountsAreNotNegative.class));
    }

    @Test
    void givenDutyStartedWhenItEndsWithTheOdometerUnchangedThenEndedWithNoDistance() {
        LocalDateTime end = DATE.atTime(9, 0);
        fixture.given(runScheduled(8), checked("a1", false), started("a2"))
                .when(new EndDuty(RUN, ORG, "a9", "湊公民館", end, 41_200, null))
                .expectEvents(new DutyEnded(RUN, ORG, "a9", "湊公民館", end, 41_200, 0, List.of()));
    }
}
