package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A registration was cancelled; {@code placesFreed} is 0 for one that was only waitlisted without an offer. */
@Revision("1")
public record RegistrationCancelled(
        String sessionId,
        String organizationId,
        String registrationId,
        int placesFreed,
        String recordedBy,
        Instant at) {
}
