package jp.yui.domain.attendance.query;

import java.time.Clock;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.SessionClosed;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Keeps the waitlist's open offers ({@link OpenOffer}) by when they are due, for the service that lapses those not
 * accepted in time. An offer already known (open or closed) is kept as it is, and closing is a state, not a removal,
 * so an event delivered again changes nothing.
 */
@ProcessingGroup(OpenOffersProjection.PROCESSING_GROUP)
public class OpenOffersProjection {

    public static final String PROCESSING_GROUP = "attendance-open-offers";

    private final ViewStore<OpenOffer> offers;
    private final Clock clock;

    /** @param clock when an offer is seen: one seen after its expiry is filed a minute later (see {@link OpenOffer}) */
    public OpenOffersProjection(ViewStore<OpenOffer> offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @EventHandler
    void on(WaitlistPlaceOffered e) {
        String id = OpenOffer.id(e.sessionId(), e.registrationId());
        if (offers.find(id).isEmpty()) {
            offers.save(id, OpenOffer.EVERY_ORGANIZATION, OpenOffer.seen(e.sessionId(), e.organizationId(),
                    e.registrationId(), e.expiresAt(), clock.instant()));
        }
    }

    @EventHandler
    void on(AttendeeRegistered e) {
        if (e.fromWaitlist()) {
            close(OpenOffer.id(e.sessionId(), e.registrationId()));
        }
    }

    @EventHandler
    void on(RegistrationCancelled e) {
        close(OpenOffer.id(e.sessionId(), e.registrationId()));
    }

    @EventHandler
    void on(WaitlistOfferLapsed e) {
        close(OpenOffer.id(e.sessionId(), e.registrationId()));
    }

    @EventHandler
    void on(SessionClosed e) {
        offers.findBy(OpenOffer.EVERY_ORGANIZATION, OpenOffer.BY_SESSION.name(), e.sessionId())
                .forEach(o -> close(OpenOffer.id(o.sessionId(), o.registrationId())));
    }

    @ResetHandler
    void reset() {
        offers.deleteAll();
    }

    private void close(String id) {
        offers.find(id).filter(OpenOffer::open).ifPresent(o -> offers.save(id, OpenOffer.EVERY_ORGANIZATION,
                o.closed()));
    }
}
