package jp.yui.domain.transport.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.RecurringBookingEnded;
import jp.yui.domain.transport.api.RecurringBookingSetUp;

/** Keeps recurring booking patterns, with the date they end, for generating their occurrences. */
@ProcessingGroup(RecurringBookingsProjection.PROCESSING_GROUP)
public class RecurringBookingsProjection {

    public static final String PROCESSING_GROUP = "transport-recurring";

    /** A pattern as set up, and the last date it rides if it was ended early. */
    public record RecurringBookingView(RecurringBookingSetUp pattern, java.time.LocalDate endedAfter) {

        /** The last date this pattern rides. */
        public java.time.LocalDate lastDate() {
            return endedAfter != null && endedAfter.isBefore(pattern.until()) ? endedAfter : pattern.until();
        }
    }

    private final ViewStore<RecurringBookingView> patterns;

    public RecurringBookingsProjection(ViewStore<RecurringBookingView> patterns) {
        this.patterns = patterns;
    }

    @EventHandler
    void on(RecurringBookingSetUp e) {
        patterns.save(e.recurringId(), e.organizationId(), new RecurringBookingView(e, null));
    }

    @EventHandler
    void on(RecurringBookingEnded e) {
        patterns.find(e.recurringId()).ifPresent(p -> patterns.save(e.recurringId(), e.organizationId(),
                new RecurringBookingView(p.pattern(), e.lastDate())));
    }

    @ResetHandler
    void reset() {
        patterns.deleteAll();
    }
}
