package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A guest's or a walk-in's sealed details are to be unreadable: the key of {@code subjectId} is destroyed on this
 * event (crypto-shredding). Their registration and check-in stay, anonymous, so the counts do not change.
 */
@Revision("1")
public record AttendeeDataErased(
        String sessionId,
        String organizationId,
        String subjectId,
        String requestedBy,
        Instant at) {
}
