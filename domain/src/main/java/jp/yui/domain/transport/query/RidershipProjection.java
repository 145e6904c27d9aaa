package jp.yui.domain.transport.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.transport.api.RideBooked;

/** Keeps the per-service ridership view (利用実績) up to date from booking events. */
@ProcessingGroup(RidershipProjection.PROCESSING_GROUP)
public class RidershipProjection {

    public static final String PROCESSING_GROUP = "ridership";

    private final RidershipRepository repository;

    public RidershipProjection(RidershipRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(RideBooked event) {
        repository.save(new BookedRide(event.bookingId(), event.organizationId(), event.serviceId(),
                event.runId(), event.serviceDate(), event.passengers()));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
