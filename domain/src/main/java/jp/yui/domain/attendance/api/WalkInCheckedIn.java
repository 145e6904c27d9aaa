package jp.yui.domain.attendance.api;

import java.time.Instant;

import jp.yui.domain.shared.Sealed;
import org.axonframework.serialization.Revision;

/** A walk-in came in: one person, counted as its own unless linked to a resident. */
@Revision("1")
public record WalkInCheckedIn(
        String sessionId,
        String organizationId,
        String checkInId,
        String residentId,
        Sealed name,
        AgeBand ageBand,
        String district,
        String recordedBy,
        Instant at) {
}
