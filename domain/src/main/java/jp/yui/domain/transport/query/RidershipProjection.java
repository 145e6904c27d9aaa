package jp.yui.domain.transport.query;

import java.util.Optional;
import java.util.function.Function;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.transport.api.BookingCancelled;
import jp.yui.domain.transport.api.BookingChanged;
import jp.yui.domain.transport.api.DutyEnded;
import jp.yui.domain.transport.api.FareCollected;
import jp.yui.domain.transport.api.RideBooked;
import jp.yui.domain.transport.api.RideCostsRecorded;
import jp.yui.domain.transport.api.RideOutcomeRecorded;
import jp.yui.domain.transport.api.RideTurnedDown;
import jp.yui.domain.transport.api.RunScheduled;
import jp.yui.domain.transport.api.UnmetNeedRecorded;

/**
 * Keeps the ridership figures (利用実績) as month rollups by organization and service: each event makes one fact
 * whole from the fact before ({@link RideFact}), and the buckets the fact touches are recomputed from their facts
 * ({@link RidershipRepository#save}). Every handler can be applied again without changing anything.
 */
@ProcessingGroup(RidershipProjection.PROCESSING_GROUP)
public class RidershipProjection {

    /**
     * Named anew for the month rollups (it was {@code ridership}): a processor of a new name starts at the first
     * event, so an existing store rebuilds the facts and buckets from its events on the first start.
     */
    public static final String PROCESSING_GROUP = "ridership-rollups";

    private final RidershipRepository repository;

    public RidershipProjection(RidershipRepository repository) {
        this.repository = repository;
    }

    private void update(String id, Function<Optional<RideFact>, RideFact> change) {
        Optional<RideFact> before = repository.fact(id);
        repository.save(change.apply(before), before);
    }

    @EventHandler
    void on(RideBooked event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(BookingChanged event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(BookingCancelled event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(RideOutcomeRecorded event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(FareCollected event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(RideCostsRecorded event) {
        update(event.bookingId(), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(RideTurnedDown event) {
        update(RideFact.turnDownId(event.requestId()), before -> RideFact.of(event));
    }

    @EventHandler
    void on(UnmetNeedRecorded event) {
        update(RideFact.unmetNeedId(event.needId()), before -> RideFact.of(event));
    }

    @EventHandler
    void on(RunScheduled event) {
        update(RideFact.runId(event.runId()), before -> RideFact.of(before, event));
    }

    @EventHandler
    void on(DutyEnded event) {
        update(RideFact.runId(event.runId()), before -> RideFact.of(before, event));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
