package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A guest's or a walk-in's sealed details are to be unreadable: the key of {@link #vaultSubject()} is destroyed on
 * this event (crypto-shredding). Their registration and check-in stay, anonymous, so the counts do not change.
 *
 * <p>{@code subjectId} is the registration or check-in id, which the office or the door tablet may choose; the key
 * belongs to the session's own subject {@link #vaultSubject(String, String)}, so the same id chosen in another
 * session (or by another organization) never shares, and never erases, these details' key.
 */
@Revision("1")
public record AttendeeDataErased(
        String sessionId,
        String organizationId,
        String subjectId,
        String requestedBy,
        Instant at) {

    /** The vault subject a session seals a registration's or a walk-in's details under. */
    public static String vaultSubject(String sessionId, String subjectId) {
        return "attendee:" + sessionId + "/" + subjectId;
    }

    /** The vault subject whose key this erasure destroys. */
    public String vaultSubject() {
        return vaultSubject(sessionId, subjectId);
    }
}
