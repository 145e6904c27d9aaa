package jp.yui.domain.transport.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.RideBooked;

/**
 * What the projection stores per booking. The totals counted from these rows are tested over the real repository
 * (RidershipViewTest in infra), so this in-memory one does not count them.
 */
class RidershipProjectionTest {

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
            throw new UnsupportedOperationException("counted by the real repository");
        }

        @Override
        public void deleteAll() {
            rows.clear();
        }
    }

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final InMemoryRidership repository = new InMemoryRidership();
    private final RidershipProjection projection = new RidershipProjection(repository);

    private static RideBooked booking(String id, String service, int passengers) {
        return new RideBooked(id, "Run:1", "minato", service, DAY, passengers, 0, false,
                "Resident:1", "op", null, null, null, null, null, null, null, null);
    }

    private static BookedRide row(String id, String service, int passengers, boolean cancelled) {
        return new BookedRide(id, "minato", service, "Run:1", DAY, passengers, cancelled);
    }

    @Test
    void aBookingIsStoredWithItsServiceAndPassengers() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(booking("Booking:c", "farm-shuttle", 1));

        assertThat(repository.rows.values()).containsExactly(
                row("Booking:a", "minato-bus", 2, false), row("Booking:c", "farm-shuttle", 1, false));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        Map<String, BookedRide> once = new TreeMap<>(repository.rows);

        projection.on(booking("Booking:a", "minato-bus", 2));

        assertThat(repository.rows).isEqualTo(once);
    }

    @Test
    void aChangeKeepsTheNewPassengersAndACancellationStaysWhenTheBookingIsDeliveredAgain() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.on(booking("Booking:b", "minato-bus", 1));
        BookingChanged changed = new BookingChanged("Booking:a", "Run:1", "minato", "minato-bus",
                DAY, "op", null, null, null, 3, 1, false, null);
        BookingCancelled cancelled = new BookingCancelled("Booking:b", "Run:1", "minato", "minato-bus",
                DAY, CancellationKind.CANCELLED, "op",
                jp.yui.domain.shared.ClearVault.INSTANCE.seal("Resident:1", "入院"), null);
        projection.on(changed);
        projection.on(cancelled);
        Map<String, BookedRide> once = new TreeMap<>(repository.rows);
        assertThat(once.values()).containsExactly(
                row("Booking:a", "minato-bus", 3, false), row("Booking:b", "minato-bus", 1, true));

        projection.on(changed);
        projection.on(cancelled);
        projection.on(booking("Booking:b", "minato-bus", 1));
        assertThat(repository.rows).isEqualTo(once);
    }

    @Test
    void resetEmptiesTheView() {
        projection.on(booking("Booking:a", "minato-bus", 2));
        projection.reset();
        assertThat(repository.rows).isEmpty();
    }

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
