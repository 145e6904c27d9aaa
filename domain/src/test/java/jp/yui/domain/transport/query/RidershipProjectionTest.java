package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.RideBooked;

class RidershipProjectionTest {

    /** The repository contract in memory: rows keyed by booking id. */
    static final class InMemoryRidership implements RidershipRepository {
        final Map<String, BookedRide> rows = new TreeMap<>();

        @Override
        public void save(BookedRide ride) {
            rows.put(ride.bookingId(), ride);
        }

        @Override
        public Optional<BookedRide> find(String organizationId, String bookingId) {
            return Optional.ofNullable(rows.get(bookingId)).filter(r -> r.organizationId().equals(organizationId));
        }

        @Override
        public List<ServiceRidership> byService(String organizationId) {
            Map<String, long[]> totals = new TreeMap<>();
            rows.values().stream().filter(r -> r.organizationId().equals(organizationId) && !r.cancelled()).forEach(r -> {
                long[] t = totals.computeIfAbsent(r.serviceId(), k -> new long[2]);
                t[0]++;
                t[1] += r.passengers();
            });
            List<ServiceRidership> result = new ArrayList<>();
            totals.forEach((service, t) -> result.add(new ServiceRidership(service, t[0], t[1])));
            return result;
        }

        @Override
        public void deleteAll() {
            rows.clear();
        }
    }

    private final InMemoryRidership repository = new InMemoryRidership();
    private final RidershipProjection projection = new RidershipProjection(repository);

    private static RideBooked booking(String id, String service, int passengers) {
        return new RideBooked(id, "Run:1", "minato", service, LocalDate.of(2026, 11, 24), passengers, 0, false,
                "Resident:1", "op", null, null, null, null, null, null, null, null);
    }

    @Test
    void bookingsAreCountedPerService() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(booking("Booking:b", "minato-bus", 1));
        projection.on(booking("Booking:c", "farm-shuttle", 1));

        assertThat(repository.byService("minato")).containsExactly(
                new ServiceRidership("farm-shuttle", 1, 1),
                new ServiceRidership("minato-bus", 2, 3));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        List<ServiceRidership> once = repository.byService("minato");

        projection.on(booking("Booking:a", "minato-bus", 2));

        assertThat(repository.byService("minato")).isEqualTo(once);
    }

    @Test
    void changedBookingsCountTheirNewPassengersAndCancelledOnesNoLonger() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(booking("Booking:b", "minato-bus", 1));
        BookingChanged changed = new BookingChanged("Booking:a", "Run:1", "minato", "minato-bus",
                LocalDate.of(2026, 11, 24), "op", null, null, null, 3, 1, false, null);
        BookingCancelled cancelled = new BookingCancelled("Booking:b", "Run:1", "minato", "minato-bus",
                LocalDate.of(2026, 11, 24), CancellationKind.CANCELLED, "op",
                jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "入院"), null);
        projection.on(changed);
        projection.on(cancelled);
        List<ServiceRidership> once = repository.byService("minato");
        assertThat(once).containsExactly(new ServiceRidership("minato-bus", 1, 3));

        projection.on(changed);
        projection.on(cancelled);
        projection.on(booking("Booking:b", "minato-bus", 1));
        assertThat(repository.byService("minato")).isEqualTo(once);
    }

    @Test
    void resetEmptiesTheView() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.reset();
        assertThat(repository.byService("minato")).isEmpty();
    }

    // The tests below read the stored rows, not totals computed by this test's own repository.

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static BookingChanged changed(String id, int passengers) {
        return new BookingChanged(id, "Run:1", "minato", "minato-bus", DAY, "op", null, null, null, passengers, 0,
                false, null);
    }

    private static BookingCancelled cancelled(String id) {
        return new BookingCancelled(id, "Run:1", "minato", "minato-bus", DAY, CancellationKind.SAME_DAY_CANCEL, "op",
                jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "入院"), null);
    }

    @Test
    void aBookedRideIsStoredWithItsServiceRunDateAndPassengers() {
        projection.on(booking("Booking:a", "minato-bus", 2));

        assertThat(repository.find("minato", "Booking:a"))
                .contains(new BookedRide("Booking:a", "minato", "minato-bus", "Run:1", DAY, 2, false));
    }

    @Test
    void aChangedBookingKeepsEverythingButItsPassengers() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(changed("Booking:a", 4));

        assertThat(repository.find("minato", "Booking:a"))
                .contains(new BookedRide("Booking:a", "minato", "minato-bus", "Run:1", DAY, 4, false));
    }

    @Test
    void aCancelledBookingIsMarkedCancelledWithItsPassengers() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(cancelled("Booking:a"));

        assertThat(repository.find("minato", "Booking:a"))
                .contains(new BookedRide("Booking:a", "minato", "minato-bus", "Run:1", DAY, 2, true));
    }

    @Test
    void aBookingDeliveredAgainAfterItsCancellationStaysCancelled() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(cancelled("Booking:a"));
        projection.on(booking("Booking:a", "minato-bus", 2));

        assertThat(repository.find("minato", "Booking:a")).map(BookedRide::cancelled).contains(true);
    }

    @Test
    void aChangeAfterTheCancellationKeepsTheBookingCancelled() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(cancelled("Booking:a"));
        projection.on(changed("Booking:a", 3));

        assertThat(repository.find("minato", "Booking:a"))
                .contains(new BookedRide("Booking:a", "minato", "minato-bus", "Run:1", DAY, 3, true));
    }

    @Test
    void changesAndCancellationsOfUnknownBookingsStoreNothing() {
        projection.on(changed("Booking:x", 3));
        projection.on(cancelled("Booking:y"));

        assertThat(repository.rows).isEmpty();
    }

    @Test
    void eachEventTwiceOrAnyTailOfTheHistoryAgainChangesNothing() {
        List<Object> history = List.of(booking("Booking:a", "minato-bus", 2), booking("Booking:b", "minato-bus", 1),
                changed("Booking:a", 3), cancelled("Booking:b"), changed("Booking:b", 5),
                booking("Booking:c", "farm-shuttle", 1));
        jp.yui.domain.shared.ProjectionHistory.assertRedeliveryChangesNothing(RidershipProjection.class,
                InMemoryRidership::new, RidershipProjection::new, r -> new TreeMap<>(r.rows), history);
    }
}
