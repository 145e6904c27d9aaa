package jp.yui.domain.transport.query;

import static jp.yui.domain.transport.TransportExamples.BEFORE_DEADLINE;
import static jp.yui.domain.transport.TransportExamples.CLINIC;
import static jp.yui.domain.transport.TransportExamples.DATE;
import static jp.yui.domain.transport.TransportExamples.HOME;
import static jp.yui.domain.transport.TransportExamples.ORG;
import static jp.yui.domain.transport.TransportExamples.RUN;
import static jp.yui.domain.transport.TransportExamples.SERVICE;
import static jp.yui.domain.transport.TransportExamples.bookRide;
import static jp.yui.domain.transport.TransportExamples.rideBooked;
import static jp.yui.domain.transport.TransportExamples.runScheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.AbnormalEventRecorded;
import jp.yui.domain.transport.api.AccidentRecorded;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.SafetyCheckRecorded;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.TurnDownReason;

class RunsProjectionTest {

    private static final LocalDateTime T = DATE.atTime(9, 0);

    private static final List<Object> HISTORY = List.of(
            runScheduled(3),
            rideBooked(bookRide("Booking:late", 1, false, Fare.fromTable(300), BEFORE_DEADLINE.plusHours(2))),
            rideBooked("Booking:early", 2),
            new BookingCancelled("Booking:x", RUN, ORG, SERVICE, DATE, CancellationKind.CANCELLED, "op",
                    jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "?"), T),
            rideBooked("Booking:cancel", 1),
            new BookingCancelled("Booking:cancel", RUN, ORG, SERVICE, DATE, CancellationKind.LATE_CANCEL, "op",
                    jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "入院"), T),
            new RideTurnedDown("Request:1", RUN, ORG, SERVICE, DATE, "Resident:9", "op", 1, false,
                    TurnDownReason.RUN_FULL, T),
            new SafetyCheckRecorded(RUN, ORG, "a1", "Driver:1", true, false, false, false, "", "佐藤", T, true),
            new DutyStarted(RUN, ORG, "a2", "Driver:1", "Vehicle:1", "公民館", T, 1000),
            new RideOutcomeRecorded(RUN, ORG, SERVICE, DATE, "a3", "Booking:early", RideOutcome.BOARDED, 2, T),
            new FareCollected(RUN, ORG, SERVICE, DATE, "a4", "Booking:early", 600, PaymentMethod.CASH, T),
            new BookingChanged("Booking:late", RUN, ORG, SERVICE, DATE, "op2", HOME, CLINIC, LocalTime.of(9, 45), 1,
                    1, false, T),
            new RideCostsRecorded(RUN, ORG, SERVICE, DATE, "a7", "Booking:early", 400, 0, 200, 1000, T),
            new AbnormalEventRecorded(RUN, ORG, "a8", T.plusMinutes(30), "通行止めで迂回"),
            new AccidentRecorded(RUN, ORG, "a5", "Driver:1", "Vehicle:1", T, "県道", "なし", "接触", "不注意", "徐行"),
            new DutyEnded(RUN, ORG, "a6", "公民館", T.plusHours(2), 1042, 42, List.of("病院")));

    private static InMemoryViewStore<RunView> apply(int times) {
        InMemoryViewStore<RunView> store = new InMemoryViewStore<>();
        RunsProjection projection = new RunsProjection(store);
        for (Object event : HISTORY) {
            for (int i = 0; i < times; i++) {
                EventDispatch.dispatch(projection, event);
            }
        }
        return store;
    }


    @Test
    void runViewHasBookingsSeatsLeftAndTheDutyRecord() {
        RunView run = apply(1).find(RUN).orElseThrow();
        assertThat(run.seatsLeft()).isEqualTo(0);
        assertThat(run.bookings()).hasSize(3);
        assertThat(run.booking("Booking:cancel").orElseThrow().cancellation()).isEqualTo(CancellationKind.LATE_CANCEL);
        RunView.Booking early = run.booking("Booking:early").orElseThrow();
        assertThat(early.outcome()).isEqualTo(RideOutcome.BOARDED);
        assertThat(early.fareCollectedYen()).isEqualTo(600);
        assertThat(run.turnedDown()).hasSize(1);
        assertThat(run.duty().safetyChecks()).hasSize(1);
        assertThat(run.duty().distanceKm()).isEqualTo(42);
        assertThat(run.duty().accidents()).hasSize(1);
        assertThat(run.duty().abnormalEvents()).extracting(RunView.Abnormal::summary).containsExactly("通行止めで迂回");
        assertThat(early.costs()).isEqualTo(new RunView.Costs(400, 0, 200, 1000));
        RunView.Booking late = run.booking("Booking:late").orElseThrow();
        assertThat(late.operator()).isEqualTo("op2");
        assertThat(late.pickupTime()).isEqualTo(LocalTime.of(9, 45));
        assertThat(late.companions()).isEqualTo(1);
        assertThat(run.bookingsInPickupOrder()).extracting(RunView.Booking::bookingId)
                .containsExactly("Booking:early", "Booking:late");
    }

    @Test
    void everyEventAppliedTwiceChangesNothing() {
        assertThat(apply(2).find(RUN)).isEqualTo(apply(1).find(RUN));
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(RunsProjection.class,
                InMemoryViewStore<RunView>::new, RunsProjection::new, store -> store.findByOrganization(ORG), HISTORY);
    }

    @Test
    void pickupOrderFollowsPickupTimes() {
        InMemoryViewStore<RunView> store = new InMemoryViewStore<>();
        RunsProjection projection = new RunsProjection(store);
        Consumer<Object> on = e -> EventDispatch.dispatch(projection, e);
        on.accept(runScheduled(8));
        var first = bookRide("Booking:b", 1);
        on.accept(rideBooked(first));
        var earlier = new jp.yui.domain.transport.api.BookRide(RUN, ORG, "Booking:a", "Resident:2", "op",
                first.caller(), first.pickup(), first.dropOff(), LocalTime.of(8, 50), 1, 0, false, first.purpose(),
                null, first.fare(), first.requestedAt().plusMinutes(5));
        on.accept(rideBooked(earlier));
        assertThat(store.find(RUN).orElseThrow().bookingsInPickupOrder()).extracting(RunView.Booking::bookingId)
                .containsExactly("Booking:a", "Booking:b");
    }

    private final InMemoryViewStore<RunView> store = new InMemoryViewStore<>();
    private final RunsProjection projection = new RunsProjection(store);

    private RunView given(Object... events) {
        for (Object event : events) {
            EventDispatch.dispatch(projection, event);
        }
        return store.find(RUN).orElseThrow();
    }

    private static RideBooked booked(String bookingId, int passengers, boolean wheelchair, LocalTime pickup,
                                     LocalDateTime at) {
        var c = bookRide(bookingId, passengers, wheelchair, Fare.fromTable(300), at);
        return new RideBooked(bookingId, RUN, ORG, SERVICE, DATE, passengers, 0, wheelchair, c.residentId(),
                c.operator(), c.caller(), c.pickup(), c.dropOff(), pickup, c.purpose(), null, c.fare(), at);
    }

    private static BookingCancelled cancelled(String bookingId) {
        return new BookingCancelled(bookingId, RUN, ORG, SERVICE, DATE, CancellationKind.CANCELLED, "op",
                jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "入院"), T);
    }

    @Test
    void aScheduledRunHasAllItsSeatsAndNoRecords() {
        RunView run = given(runScheduled(ServiceKind.FIXED_ROUTE, 9, 2));
        assertThat(run.organizationId()).isEqualTo(ORG);
        assertThat(run.serviceKind()).isEqualTo(ServiceKind.FIXED_ROUTE);
        assertThat(run.seatsLeft()).isEqualTo(9);
        assertThat(run.wheelchairSpacesLeft()).isEqualTo(2);
        assertThat(run.bookings()).isEmpty();
        assertThat(run.duty()).isEqualTo(RunView.Duty.NONE);
    }

    @Test
    void aWheelchairRiderTakesAWheelchairSpaceInsteadOfASeat() {
        RunView run = given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 4, 1),
                booked("Booking:w", 2, true, null, BEFORE_DEADLINE));
        assertThat(run.seatsLeft()).isEqualTo(3);
        assertThat(run.wheelchairSpacesLeft()).isZero();
    }

    @Test
    void aCancelledBookingGivesBackItsSeatsAndWheelchairSpaceAndLeavesThePickupList() {
        RunView run = given(runScheduled(ServiceKind.DEMAND_RESPONSIVE, 4, 1),
                booked("Booking:w", 2, true, null, BEFORE_DEADLINE), booked("Booking:s", 1, false, null, T),
                cancelled("Booking:w"));
        assertThat(run.seatsLeft()).isEqualTo(3);
        assertThat(run.wheelchairSpacesLeft()).isEqualTo(1);
        assertThat(run.booking("Booking:w").orElseThrow().active()).isFalse();
        assertThat(run.booking("Booking:w").orElseThrow().cancellationReason()).isNotNull();
        assertThat(run.bookingsInPickupOrder()).extracting(RunView.Booking::bookingId).containsExactly("Booking:s");
    }

    @Test
    void aChangedBookingCountsItsNewRidersAndKeepsItsFareAndCaller() {
        RideBooked booked = booked("Booking:c", 1, false, LocalTime.of(9, 0), BEFORE_DEADLINE);
        RunView run = given(runScheduled(3), booked, new BookingChanged("Booking:c", RUN, ORG, SERVICE, DATE, "op2",
                CLINIC, HOME, LocalTime.of(11, 0), 2, 1, true, T));
        RunView.Booking b = run.booking("Booking:c").orElseThrow();
        assertThat(b).isEqualTo(new RunView.Booking("Booking:c", booked.residentId(), "op2", booked.caller(), CLINIC,
                HOME, LocalTime.of(11, 0), 2, 1, true, booked.purpose(), null, booked.fare(), BEFORE_DEADLINE, null,
                null, null, null, null, null));
        assertThat(run.seatsLeft()).isEqualTo(2);
        assertThat(run.wheelchairSpacesLeft()).isZero();
    }

    @Test
    void aRunScheduledAgainKeepsItsBookings() {
        RunView run = given(runScheduled(3), rideBooked("Booking:1", 2), runScheduled(8));
        assertThat(run.seats()).isEqualTo(3);
        assertThat(run.bookings()).extracting(RunView.Booking::bookingId).containsExactly("Booking:1");
    }

    @Test
    void eventsOfAnUnknownRunCreateNothing() {
        EventDispatch.dispatch(projection, rideBooked("Booking:1", 1));
        EventDispatch.dispatch(projection, new DutyStarted(RUN, ORG, "a1", "Driver:1",
                "Vehicle:1", "公民館", T, 1000));
        assertThat(store.size()).isZero();
    }

    @Test
    void eventsOfAnUnknownBookingLeaveTheRunAsItWas() {
        RunView before = given(runScheduled(3), rideBooked("Booking:1", 1));
        RunView after = given(cancelled("Booking:x"),
                new RideOutcomeRecorded(RUN, ORG, SERVICE, DATE, "a3", "Booking:x", RideOutcome.NO_SHOW, 1, T),
                new FareCollected(RUN, ORG, SERVICE, DATE, "a4", "Booking:x", 600, PaymentMethod.CASH, T),
                new BookingChanged("Booking:x", RUN, ORG, SERVICE, DATE, "op", HOME, CLINIC, null, 5, 0, false, T));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void pickupOrderPutsRidesWithoutAPickupTimeAtTheDepartureAndTiesInBookingOrder() {
        RunView run = given(runScheduled(8),
                booked("Booking:945", 1, false, LocalTime.of(9, 45), BEFORE_DEADLINE),
                booked("Booking:dep-late", 1, false, null, BEFORE_DEADLINE.plusHours(1)),
                booked("Booking:900", 1, false, LocalTime.of(9, 0), BEFORE_DEADLINE.plusHours(2)),
                booked("Booking:dep-early", 1, false, null, BEFORE_DEADLINE.minusHours(1)));
        // The run departs at 09:30.
        assertThat(run.bookingsInPickupOrder()).extracting(RunView.Booking::bookingId)
                .containsExactly("Booking:900", "Booking:dep-early", "Booking:dep-late", "Booking:945");
    }

    @Test
    void theDutyRecordKeepsEachCheckAndEventOnceByItsAction() {
        var check = new SafetyCheckRecorded(RUN, ORG, "a1", "Driver:1", true, false, false, false, "", "佐藤", T, true);
        var recheck = new SafetyCheckRecorded(RUN, ORG, "a1", "Driver:1", true, false, false, true, "休憩", "佐藤",
                T.plusMinutes(1), false);
        var second = new SafetyCheckRecorded(RUN, ORG, "a9", "Driver:2", true, false, false, false, "", "鈴木", T, true);
        RunView run = given(runScheduled(3), check, second, recheck,
                new DutyStarted(RUN, ORG, "a2", "Driver:1", "Vehicle:1", "公民館", T, 1000),
                new AbnormalEventRecorded(RUN, ORG, "a3", T, "渋滞"),
                new AbnormalEventRecorded(RUN, ORG, "a4", T, "通行止め"),
                new DutyEnded(RUN, ORG, "a5", "車庫", T.plusHours(2), 1042, 42, List.of("病院", "駅")));
        assertThat(run.duty().safetyChecks()).extracting(RunView.SafetyCheck::actionId, RunView.SafetyCheck::passed)
                .containsExactlyInAnyOrder(tuple("a1", false),
                        tuple("a9", true));
        assertThat(run.duty().start()).isEqualTo(new RunView.DutyPoint("公民館", T, 1000));
        assertThat(run.duty().end()).isEqualTo(new RunView.DutyPoint("車庫", T.plusHours(2), 1042));
        assertThat(run.duty().distanceKm()).isEqualTo(42);
        assertThat(run.duty().waypoints()).containsExactly("病院", "駅");
        assertThat(run.duty().abnormalEvents()).extracting(RunView.Abnormal::summary).containsExactly("渋滞", "通行止め");
    }

    @Test
    void aRideTurnedDownIsKeptOncePerRequest() {
        var turnedDown = new RideTurnedDown("Request:1", RUN, ORG, SERVICE, DATE, "Resident:9", "op", 2, true,
                TurnDownReason.NO_WHEELCHAIR_SPACE, T);
        RunView run = given(runScheduled(3), turnedDown, turnedDown, new RideTurnedDown("Request:2", RUN, ORG,
                SERVICE, DATE, "Resident:8", "op", 1, false, TurnDownReason.RUN_FULL, T));
        assertThat(run.turnedDown()).extracting(RunView.TurnedDown::requestId, RunView.TurnedDown::reason)
                .containsExactly(tuple("Request:1", TurnDownReason.NO_WHEELCHAIR_SPACE),
                        tuple("Request:2", TurnDownReason.RUN_FULL));
        assertThat(run.seatsLeft()).isEqualTo(3);
    }

    @Test
    void resetEmptiesTheRuns() {
        given(runScheduled(3));
        projection.reset();
        assertThat(store.find(RUN)).isEmpty();
    }
}
