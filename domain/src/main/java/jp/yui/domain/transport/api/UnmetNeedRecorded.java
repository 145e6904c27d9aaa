package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A ride asked for that no run could give was recorded. */
public record UnmetNeedRecorded(
        String needId,
        String organizationId,
        String serviceId,
        String residentId,
        String operator,
        LocalDate wantedDate,
        TripPurpose purpose,
        TurnDownReason reason,
        String note,
        LocalDateTime at) {
}
