package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A registered person (and companions) came in. */
@Revision("1")
public record AttendeeCheckedIn(
        String sessionId,
        String organizationId,
        String checkInId,
        String registrationId,
        int companions,
        String recordedBy,
        Instant at) {
}
