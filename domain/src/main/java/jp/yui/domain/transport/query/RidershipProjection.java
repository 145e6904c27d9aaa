package jp.yui.domain.transport.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.RideBooked;

/**
 * Keeps the per-service ridership view (利用実績) up to date from booking events: a changed booking counts its new
 * passengers, a cancelled one no longer counts.
 */
@ProcessingGroup(RidershipProjection.PROCESSING_GROUP)
public class RidershipProjection {

    public static final String PROCESSING_GROUP = "ridership";

    private final RidershipRepository repository;

    public RidershipProjection(RidershipRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(RideBooked event) {
        boolean cancelled = repository.find(event.organizationId(), event.bookingId())
                .map(BookedRide::cancelled).orElse(false);
        repository.save(new BookedRide(event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate(), event.passengers(), cancelled));
    }

    @EventHandler
    void on(BookingChanged event) {
        repository.find(event.organizationId(), event.bookingId()).ifPresent(ride -> repository.save(
                new BookedRide(ride.bookingId(), ride.organizationId(), ride.serviceId(), ride.runId(),
                        ride.serviceDate(), event.passengers(), ride.cancelled())));
    }

    @EventHandler
    void on(BookingCancelled event) {
        repository.find(event.organizationId(), event.bookingId()).ifPresent(ride -> repository.save(
                new BookedRide(ride.bookingId(), ride.organizationId(), ride.serviceId(), ride.runId(),
                        ride.serviceDate(), ride.passengers(), true)));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
