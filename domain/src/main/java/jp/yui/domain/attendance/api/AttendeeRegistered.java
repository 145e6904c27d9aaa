package jp.yui.domain.attendance.api;

import java.time.Instant;

import jp.yui.domain.shared.Sealed;
import org.axonframework.serialization.Revision;

/**
 * A place was taken: by a registration that fitted, or by a waitlisted one that accepted its offer
 * ({@code fromWaitlist}). The registrant and companions take {@code 1 + companions} places. {@code guest} is sealed
 * under the session and registration id ({@link AttendeeDataErased#vaultSubject(String, String)}); null for a resident.
 */
@Revision("1")
public record AttendeeRegistered(
        String sessionId,
        String organizationId,
        String registrationId,
        String residentId,
        Sealed guest,
        AgeBand guestAgeBand,
        String guestDistrict,
        int companions,
        boolean fromWaitlist,
        String recordedBy,
        Instant at) {
}
