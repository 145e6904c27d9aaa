package jp.yui.domain.attendance.query;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import jp.yui.domain.attendance.api.AttendeeCheckedIn;
import jp.yui.domain.attendance.api.AttendeeRegistered;
import jp.yui.domain.attendance.api.AttendeeWaitlisted;
import jp.yui.domain.attendance.api.CheckInUndone;
import jp.yui.domain.attendance.api.RegistrationCancelled;
import jp.yui.domain.attendance.api.WaitlistOfferLapsed;
import jp.yui.domain.attendance.api.WaitlistPlaceOffered;
import jp.yui.domain.attendance.query.RegistrantView.Status;
import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewStore;

/**
 * Keeps the registrants of each session ({@link RegistrantView}, one per registration): who, how many companions,
 * where the registration stands on the waitlist or after it, and the door's check-in of it. Each event sets a fact
 * (a status only moves forward, an undone check-in stays undone), so an event delivered again changes nothing.
 */
@ProcessingGroup(RegistrantsProjection.PROCESSING_GROUP)
public class RegistrantsProjection {

    public static final String PROCESSING_GROUP = "attendance-registrants";

    private final ViewStore<RegistrantView> registrants;

    public RegistrantsProjection(ViewStore<RegistrantView> registrants) {
        this.registrants = registrants;
    }

    @EventHandler
    void on(AttendeeWaitlisted e) {
        taken(e.sessionId(), e.organizationId(), e.registrationId(), e.residentId(), e.guest(), e.companions(),
                Status.WAITLISTED, e.at());
    }

    @EventHandler
    void on(AttendeeRegistered e) {
        taken(e.sessionId(), e.organizationId(), e.registrationId(), e.residentId(), e.guest(), e.companions(),
                Status.REGISTERED, e.at());
    }

    @EventHandler
    void on(WaitlistPlaceOffered e) {
        update(e.sessionId(), e.registrationId(), r -> r.moved(Status.OFFERED, e.expiresAt()));
    }

    @EventHandler
    void on(WaitlistOfferLapsed e) {
        update(e.sessionId(), e.registrationId(), r -> r.moved(Status.LAPSED, null));
    }

    @EventHandler
    void on(RegistrationCancelled e) {
        update(e.sessionId(), e.registrationId(), r -> r.moved(Status.CANCELLED, null));
    }

    @EventHandler
    void on(AttendeeCheckedIn e) {
        update(e.sessionId(), e.registrationId(), r -> r.checkedIn(e.checkInId()));
    }

    @EventHandler
    void on(CheckInUndone e) {
        if (e.registrationId() != null) {
            update(e.sessionId(), e.registrationId(), r -> r.undone(e.checkInId()));
        }
    }

    @ResetHandler
    void reset() {
        registrants.deleteAll();
    }

    /** A registration seen first (waitlisted or registered) is made; one known already moves on from where it is. */
    private void taken(String sessionId, String organizationId, String registrationId, String residentId,
                       Sealed guest, int companions, Status status, Instant at) {
        RegistrantView view = registrants.find(RegistrantView.idOf(sessionId, registrationId))
                .map(known -> known.moved(status, null))
                .orElseGet(() -> new RegistrantView(registrationId, sessionId, organizationId, residentId, guest,
                        companions, status, null, null, at, List.of()));
        registrants.save(RegistrantView.idOf(sessionId, registrationId), organizationId, view);
    }

    private void update(String sessionId, String registrationId, UnaryOperator<RegistrantView> change) {
        registrants.find(RegistrantView.idOf(sessionId, registrationId)).map(change)
                .ifPresent(view -> registrants.save(RegistrantView.idOf(sessionId, registrationId), view.organizationId(),
                        view));
    }
}
