package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.yui.domain.shared.EventDispatch;
import jp.yui.domain.shared.ProjectionHistory;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.PaymentMethod;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcome;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.TurnDownReason;
import jp.yui.domain.transport.api.UnmetNeedRecorded;

/**
 * The projection's facts and month buckets over an in-memory repository that recomputes a bucket from its facts at
 * once, as the real one does outside a batch (the real one is tested in infra's RidershipViewTest).
 */
class RidershipProjectionTest {

    static final class InMemoryRidership implements RidershipRepository {
        final Map<String, RideFact> facts = new TreeMap<>();
        final Map<RideFact.BucketKey, RidershipMonth> months = new TreeMap<>(
                java.util.Comparator.comparing(RideFact.BucketKey::toString));

        @Override
        public Optional<RideFact> fact(String id) {
            return Optional.ofNullable(facts.get(id));
        }

        @Override
        public void save(RideFact fact, Optional<RideFact> replaced) {
            facts.put(fact.id(), fact);
            Set<RideFact.BucketKey> touched = new LinkedHashSet<>();
            replaced.map(RideFact::bucket).ifPresent(touched::add);
            if (fact.bucket() != null) {
                touched.add(fact.bucket());
            }
            for (RideFact.BucketKey bucket : touched) {
                List<RideFact> of = facts.values().stream().filter(f -> bucket.equals(f.bucket())).toList();
                if (of.isEmpty()) {
                    months.remove(bucket);
                } else {
                    months.put(bucket, RidershipMonth.of(bucket, of));
                }
            }
        }

        @Override
        public Optional<BookedRide> find(String organizationId, String bookingId) {
            throw new UnsupportedOperationException("tested over the real repository");
        }

        @Override
        public List<RidershipMonth> months(String organizationId, YearMonth from, YearMonth to) {
            return new ArrayList<>(months.values());
        }

        @Override
        public void deleteAll() {
            facts.clear();
            months.clear();
        }

        Object state() {
            return List.of(new TreeMap<>(facts), new ArrayList<>(months.values()));
        }
    }

    private static final String ORG = "minato";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static RideBooked booked(String id, String resident, LocalDate day) {
        return new RideBooked(id, "Run:1", ORG, "bus", day, 2, 1, true, resident, "op", null, null, null, null,
                null, null, null, LocalDateTime.of(2026, 11, 1, 9, 0));
    }

    private static RideOutcomeRecorded outcome(String id, String action, RideOutcome outcome, int minute) {
        return new RideOutcomeRecorded("Run:1", ORG, "bus", DAY, action, id, outcome, 2, DAY.atTime(9, minute));
    }

    static final List<Object> HISTORY = List.of(
            new RunScheduled("Run:1", ORG, "bus", DAY, null, 8, 1, null, null, null, null),
            booked("Booking:a", "Resident:1", DAY),
            booked("Booking:b", "Resident:2", DAY),
            booked("Booking:c", "Resident:3", DAY),
            new BookingChanged("Booking:b", "Run:2", ORG, "bus", DAY.plusMonths(1), "op", null, null, null, 3, 1,
                    false, null),
            new BookingCancelled("Booking:c", "Run:1", ORG, "bus", DAY, CancellationKind.SAME_DAY_CANCEL, "op", null,
                    null),
            outcome("Booking:a", "board-a", RideOutcome.BOARDED, 0),
            new FareCollected("Run:1", ORG, "bus", DAY, "fare-a", "Booking:a", 300, PaymentMethod.CASH,
                    DAY.atTime(9, 1)),
            new RideCostsRecorded("Run:1", ORG, "bus", DAY, "cost-a", "Booking:a", 100, 0, 0, 500,
                    DAY.atTime(9, 2)),
            outcome("Booking:a", "drop-a", RideOutcome.DROPPED_OFF, 30),
            new RideTurnedDown("TurnDown:1", "Run:1", ORG, "bus", DAY, null, "op", 1, false, TurnDownReason.RUN_FULL,
                    DAY.atTime(8, 0)),
            new UnmetNeedRecorded("UnmetNeed:1", ORG, null, null, "op", DAY, null,
                    TurnDownReason.NO_SERVICE_THAT_DAY, null, DAY.atTime(8, 0)),
            new DutyEnded("Run:1", ORG, "end-1", "車庫", DAY.atTime(12, 0), 140, 40, List.of()));

    private static InMemoryRidership apply(List<Object> events) {
        InMemoryRidership repository = new InMemoryRidership();
        RidershipProjection projection = new RidershipProjection(repository);
        events.forEach(e -> EventDispatch.dispatch(projection, e));
        return repository;
    }

    @Test
    void aMonthHoldsItsFactsAndABookingMovedAwayLeavesIt() {
        InMemoryRidership repository = apply(HISTORY);

        RidershipFigures november = repository.months.get(new RideFact.BucketKey(ORG, "bus", "2026-11")).figures();
        assertThat(november.bookings()).isEqualTo(1);
        assertThat(november.boarded()).isEqualTo(2);
        assertThat(november.sameDayCancels()).isEqualTo(1);
        assertThat(november.fareRevenue().total()).isEqualTo(300);
        assertThat(november.volunteerCosts().total()).isEqualTo(600);
        assertThat(List.of(november.turnedDown(), november.runs(), november.km())).containsExactly(1L, 1L, 40L);
        assertThat(repository.months.get(new RideFact.BucketKey(ORG, "bus", "2026-12")).figures()
                .passengersBooked()).isEqualTo(3);
        assertThat(repository.months.get(new RideFact.BucketKey(ORG, RideFact.NO_SERVICE, "2026-11")).figures()
                .unmetNeeds()).isEqualTo(1);
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        ProjectionHistory.assertRedeliveryChangesNothing(RidershipProjection.class, InMemoryRidership::new,
                RidershipProjection::new, InMemoryRidership::state, HISTORY);
    }
}
