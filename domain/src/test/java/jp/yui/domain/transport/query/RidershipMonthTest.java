package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RunScheduled;

/** Facts of a month bucket → the month's figures, as a pure function; no storage. */
class RidershipMonthTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final RideFact.BucketKey NOVEMBER = new RideFact.BucketKey("minato", "bus", "2026-11");

    private final Map<String, RideFact> facts = new LinkedHashMap<>();

    private void apply(String id, java.util.function.Function<Optional<RideFact>, RideFact> change) {
        facts.put(id, change.apply(Optional.ofNullable(facts.get(id))));
    }

    private void book(String id, String resident, int passengers, boolean wheelchair, LocalDate day) {
        RideBooked e = new RideBooked(id, "Run:1", "minato", "bus", day, passengers, passengers - 1, wheelchair,
                resident, "op", null, null, null, null, null, null, null, null);
        apply(id, before -> RideFact.of(before, e));
    }

    private void outcome(String id, String action, RideOutcome outcome, int passengers, int minute) {
        RideOutcomeRecorded e = new RideOutcomeRecorded("Run:1", "minato", "bus", DAY, action, id, outcome,
                passengers, DAY.atTime(9, minute));
        apply(id, before -> RideFact.of(before, e));
    }

    private void cancel(String id, CancellationKind kind) {
        BookingCancelled e = new BookingCancelled(id, "Run:1", "minato", "bus", DAY, kind, "op", null, null);
        apply(id, before -> RideFact.of(before, e));
    }

    private RidershipFigures november() {
        return RidershipMonth.of(NOVEMBER, new ArrayList<>(facts.values())).figures();
    }

    @Test
    void boardedCountsRidersOfTheLatestOutcomeAndCancellationsCountByKind() {
        book("Booking:a", "Resident:1", 2, true, DAY);
        book("Booking:b", "Resident:1", 1, false, DAY);
        book("Booking:c", "Resident:2", 1, false, DAY);
        book("Booking:d", "Resident:3", 1, false, DAY);
        book("Booking:e", "Resident:4", 1, false, DAY);
        book("Booking:f", "Resident:5", 1, false, DAY);
        book("Booking:next", "Resident:6", 1, false, DAY.plusMonths(1));
        BookingChanged change = new BookingChanged("Booking:a", "Run:1", "minato", "bus", DAY, "op", null, null,
                null, 3, 2, true, LocalDateTime.of(2026, 11, 20, 10, 0));
        apply("Booking:a", before -> RideFact.of(before, change));
        outcome("Booking:a", "board-a", RideOutcome.BOARDED, 3, 0);
        outcome("Booking:a", "drop-a", RideOutcome.DROPPED_OFF, 3, 30);
        outcome("Booking:b", "board-b", RideOutcome.BOARDED, 1, 5);
        outcome("Booking:c", "absent-c", RideOutcome.NO_SHOW, 1, 10);
        cancel("Booking:d", CancellationKind.CANCELLED);
        cancel("Booking:e", CancellationKind.LATE_CANCEL);
        cancel("Booking:f", CancellationKind.SAME_DAY_CANCEL);
        FareCollected fare = new FareCollected("Run:1", "minato", "bus", DAY, "fare-a", "Booking:a", 300,
                PaymentMethod.TICKET, DAY.atTime(9, 1));
        apply("Booking:a", before -> RideFact.of(before, fare));
        apply("run:Run:1", before -> RideFact.of(before, new RunScheduled("Run:1", "minato", "bus", DAY, null, 8,
                1, null, null, null, null)));
        apply("run:Run:1", before -> RideFact.of(before, new DutyEnded("Run:1", "minato", "end-1", "車庫",
                DAY.atTime(12, 0), 140, 40, List.of())));

        RidershipFigures figures = november();

        assertThat(figures.bookings()).isEqualTo(3);
        assertThat(figures.passengersBooked()).isEqualTo(5);
        assertThat(figures.boarded()).isEqualTo(4);
        assertThat(figures.noShows()).isEqualTo(1);
        assertThat(figures.wheelchairRides()).isEqualTo(1);
        assertThat(figures.distinctRiders()).isEqualTo(1);
        assertThat(List.of(figures.cancelled(), figures.lateCancels(), figures.sameDayCancels()))
                .containsExactly(1L, 1L, 1L);
        assertThat(figures.fareRevenue()).isEqualTo(new RidershipFigures.FareRevenue(0, 300, 0, 0, 300));
        assertThat(List.of(figures.runs(), figures.runsScheduled(), figures.km())).containsExactly(1L, 1L, 40L);
    }

    @Test
    void everyEventAppliedAgainLeavesTheFactAsItWas() {
        book("Booking:a", "Resident:1", 2, false, DAY);
        outcome("Booking:a", "board-a", RideOutcome.BOARDED, 2, 0);
        outcome("Booking:a", "drop-a", RideOutcome.DROPPED_OFF, 2, 30);
        RideFact once = facts.get("Booking:a");

        book("Booking:a", "Resident:1", 2, false, DAY);
        outcome("Booking:a", "board-a", RideOutcome.BOARDED, 2, 0);
        outcome("Booking:a", "drop-a", RideOutcome.DROPPED_OFF, 2, 30);

        assertThat(facts.get("Booking:a")).isEqualTo(once);
        assertThat(once.latestOutcome().orElseThrow().outcome()).isEqualTo(RideOutcome.DROPPED_OFF);
    }

    @Test
    void aTotalCountsARiderOfTwoMonthsOnce() {
        book("Booking:a", "Resident:1", 1, false, DAY);
        outcome("Booking:a", "board-a", RideOutcome.BOARDED, 1, 0);
        RidershipMonth november = RidershipMonth.of(NOVEMBER, facts.values());
        RidershipMonth december = new RidershipMonth("minato", "bus", "2026-12", november.figures(),
                november.riders());

        RidershipFigures total = RidershipMonth.total(List.of(november, december));

        assertThat(total.boarded()).isEqualTo(2);
        assertThat(total.distinctRiders()).isEqualTo(1);
    }
}
