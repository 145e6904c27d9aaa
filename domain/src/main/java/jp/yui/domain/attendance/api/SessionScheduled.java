package jp.yui.domain.attendance.api;

import java.time.Duration;
import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A session of a series was scheduled. */
@Revision("1")
public record SessionScheduled(
        String sessionId,
        String organizationId,
        String seriesId,
        int number,
        String venue,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        int capacity,
        int feeYen,
        String targetGroup,
        Duration offerHeldFor,
        String recordedBy) {
}
