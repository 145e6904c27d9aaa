package jp.yui.infra.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.CancellationKind;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.query.RidershipProjection;
import jp.yui.domain.transport.query.ServiceRidership;
import jp.yui.infra.eventstore.EmbeddedStore;

/** The ridership figures (利用実績) as the service computes them: the real projection over the real repository. */
class RidershipViewTest {

    @RegisterExtension
    static final EmbeddedStore store = new EmbeddedStore();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final String org = "org-" + UUID.randomUUID();
    private final MongoRidershipRepository repository =
            new MongoRidershipRepository(store.client().getDatabase(store.freshDatabase()));
    // Events reach the projection through Axon's annotation dispatch, as they do in the service.
    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new RidershipProjection(repository));

    private void apply(Object... events) throws Exception {
        for (Object event : events) {
            projection.handle(GenericEventMessage.asEventMessage(event));
        }
    }

    private static RideBooked booked(String org, String booking, String service, int passengers) {
        return new RideBooked(booking, "Run:1", org, service, DAY, passengers, 0, false,
                "Resident:1", "op", null, null, null, null, null, null, null, null);
    }

    private BookingChanged changed(String booking, String service, int passengers) {
        return new BookingChanged(booking, "Run:1", org, service, DAY, "op", null, null, null, passengers, 1, false,
                null);
    }

    private BookingCancelled cancelled(String booking, String service) {
        return new BookingCancelled(booking, "Run:1", org, service, DAY, CancellationKind.CANCELLED, "op",
                new Sealed("Resident:1", "c2VhbGVk"), null);
    }

    @Test
    void bookingsAndPassengersAreCountedPerServiceWithChangesAndWithoutCancellations() throws Exception {
        String other = "other-" + UUID.randomUUID();
        apply(booked(org, "Booking:a", "minato-bus", 2),
                booked(org, "Booking:b", "minato-bus", 1),
                booked(org, "Booking:c", "farm-shuttle", 1),
                booked(org, "Booking:d", "farm-shuttle", 4),
                booked(other, "Booking:e", "minato-bus", 5),
                changed("Booking:a", "minato-bus", 3),
                cancelled("Booking:b", "minato-bus"),
                cancelled("Booking:d", "farm-shuttle"));

        assertThat(repository.byService(org)).containsExactly(
                new ServiceRidership("farm-shuttle", 1, 1),
                new ServiceRidership("minato-bus", 1, 3));
        assertThat(repository.byService(other)).containsExactly(new ServiceRidership("minato-bus", 1, 5));
    }

    @Test
    void eventsDeliveredAgainChangeNothing() throws Exception {
        RideBooked a = booked(org, "Booking:a", "minato-bus", 2);
        RideBooked b = booked(org, "Booking:b", "minato-bus", 1);
        BookingChanged changeA = changed("Booking:a", "minato-bus", 3);
        BookingCancelled cancelB = cancelled("Booking:b", "minato-bus");
        apply(a, b, changeA, cancelB);
        List<ServiceRidership> once = repository.byService(org);
        assertThat(once).containsExactly(new ServiceRidership("minato-bus", 1, 3));

        // A redelivered booking must neither count twice nor bring a cancelled booking back.
        apply(a, b, changeA, cancelB, b);

        assertThat(repository.byService(org)).isEqualTo(once);
    }

    @Test
    void aResetEmptiesTheView() throws Exception {
        apply(booked(org, "Booking:a", "minato-bus", 2));

        projection.prepareReset();

        assertThat(repository.byService(org)).isEmpty();
    }
}
