package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A check-in was undone as a mistake; the person counts as not come (a registered one may check in again). */
@Revision("1")
public record CheckInUndone(
        String sessionId,
        String organizationId,
        String checkInId,
        String registrationId,
        String reason,
        String recordedBy,
        Instant at) {
}
