package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jp.yui.domain.shared.Sealed;

import org.axonframework.serialization.Revision;

/** A ride asked for that no run could give was recorded; the free-text note is sealed with the caller's key. */
@Revision("1")
public record UnmetNeedRecorded(
        String needId,
        String organizationId,
        String serviceId,
        String residentId,
        String operator,
        LocalDate wantedDate,
        TripPurpose purpose,
        TurnDownReason reason,
        Sealed note,
        LocalDateTime at) {
}
