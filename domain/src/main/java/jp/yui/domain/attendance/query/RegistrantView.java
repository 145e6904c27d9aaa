package jp.yui.domain.attendance.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.yui.domain.shared.Sealed;
import jp.yui.domain.shared.query.ViewKey;

/**
 * 申込者: one registration of a session as the office and the door list it, found with the session's others by one
 * key lookup ({@link #BY_SESSION}). Ids and facts only: a resident by id, a guest's name and kana only as sealed in
 * the event ({@code guest}, opened by whoever may read them; unreadable once erased). {@code checkInId} is the door's
 * check-in of it not undone, else null; {@code undoneCheckInIds} keeps the undone ones so that a check-in delivered
 * again after its undo stays undone.
 */
public record RegistrantView(String registrationId, String sessionId, String organizationId, String residentId,
                             Sealed guest, int companions, Status status, Instant offerExpiresAt, String checkInId,
                             Instant registeredAt, List<String> undoneCheckInIds) {

    /** Where a registration stands; it only moves forward (a later fact is never replaced by an earlier one). */
    public enum Status {
        /** On the waitlist (キャンセル待ち), no place offered yet. */
        WAITLISTED(0),
        /** On the waitlist with places held for it until {@link RegistrantView#offerExpiresAt()}. */
        OFFERED(1),
        REGISTERED(2),
        CANCELLED(3),
        /** The offer expired unanswered; off the waitlist. */
        LAPSED(3);

        private final int stage;

        Status(int stage) {
            this.stage = stage;
        }

        Status then(Status next) {
            return next.stage > stage ? next : this;
        }
    }

    /** The registrations of a session. */
    public static final ViewKey<RegistrantView> BY_SESSION = ViewKey.of("session", RegistrantView::sessionId);

    public RegistrantView {
        undoneCheckInIds = undoneCheckInIds == null ? List.of() : List.copyOf(undoneCheckInIds);
    }

    /** The store id: registration ids are made by the caller, so they are kept apart per session. */
    public static String idOf(String sessionId, String registrationId) {
        return sessionId + "/" + registrationId;
    }

    RegistrantView moved(Status next, Instant expiresAt) {
        Status moved = status.then(next);
        if (moved == status) {
            return this;
        }
        return new RegistrantView(registrationId, sessionId, organizationId, residentId, guest, companions, moved,
                moved == Status.REGISTERED ? null : expiresAt != null ? expiresAt : offerExpiresAt, checkInId,
                registeredAt, undoneCheckInIds);
    }

    RegistrantView checkedIn(String id) {
        if (undoneCheckInIds.contains(id)) {
            return this;
        }
        return new RegistrantView(registrationId, sessionId, organizationId, residentId, guest, companions, status,
                offerExpiresAt, id, registeredAt, undoneCheckInIds);
    }

    RegistrantView undone(String id) {
        List<String> undone = new ArrayList<>(undoneCheckInIds);
        if (!undone.contains(id)) {
            undone.add(id);
        }
        return new RegistrantView(registrationId, sessionId, organizationId, residentId, guest, companions, status,
                offerExpiresAt, id.equals(checkInId) ? null : checkInId, registeredAt, undone);
    }
}
