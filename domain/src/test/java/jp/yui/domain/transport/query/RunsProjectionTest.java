package jp.yui.domain.transport.query;

import static jp.yui.domain.transport.TransportExamples.BEFORE_DEADLINE;
import static jp.yui.domain.transport.TransportExamples.DATE;
import static jp.yui.domain.transport.TransportExamples.ORG;
import static jp.yui.domain.transport.TransportExamples.RUN;
import static jp.yui.domain.transport.TransportExamples.SERVICE;
import static jp.yui.domain.transport.TransportExamples.bookRide;
import static jp.yui.domain.transport.TransportExamples.rideBooked;
import static jp.yui.domain.transport.TransportExamples.runScheduled;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.query.InMemoryViewStore;
import jp.yui.domain.transport.api.AccidentRecorded;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.DutyStarted;
import jp.yui.domain.transport.api.Fare;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.SafetyCheckRecorded;
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
            new AccidentRecorded(RUN, ORG, "a5", "Driver:1", "Vehicle:1", T, "県道", "なし", "接触", "不注意", "徐行"),
            new DutyEnded(RUN, ORG, "a6", "公民館", T.plusHours(2), 1042, 42, List.of("病院")));

    private static InMemoryViewStore<RunView> apply(int times) {
        InMemoryViewStore<RunView> store = new InMemoryViewStore<>();
        RunsProjection projection = new RunsProjection(store);
        for (Object event : HISTORY) {
            for (int i = 0; i < times; i++) {
                jp.yui.domain.shared.EventDispatch.dispatch(projection, event);
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
        assertThat(run.bookingsInPickupOrder()).extracting(RunView.Booking::bookingId)
                .containsExactly("Booking:early", "Booking:late");
    }

    @Test
    void everyEventAppliedTwiceChangesNothing() {
        assertThat(apply(2).find(RUN)).isEqualTo(apply(1).find(RUN));
    }

    @Test
    void pickupOrderFollowsPickupTimes() {
        InMemoryViewStore<RunView> store = new InMemoryViewStore<>();
        RunsProjection projection = new RunsProjection(store);
        Consumer<Object> on = e -> jp.yui.domain.shared.EventDispatch.dispatch(projection, e);
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
}
