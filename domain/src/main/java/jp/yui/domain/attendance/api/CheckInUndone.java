package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A check-in was undone as a mistake; the person counts as not come (a registered one may check in again).
 * {@code undoId}: the id the door tablet made for the undo, or {@code null} (an undo without one, or stored before
 * undos had ids).
 */
@Revision("1")
public record CheckInUndone(
        String sessionId,
        String organizationId,
        String checkInId,
        String registrationId,
        String reason,
        String recordedBy,
        Instant at,
        String undoId) {

    public CheckInUndone(String sessionId, String organizationId, String checkInId, String registrationId,
                         String reason, String recordedBy, Instant at) {
        this(sessionId, organizationId, checkInId, registrationId, reason, recordedBy, at, null);
    }
}
