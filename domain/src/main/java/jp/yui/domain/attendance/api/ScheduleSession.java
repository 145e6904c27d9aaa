package jp.yui.domain.attendance.api;

import java.time.Duration;
import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule a session (回) of a series: where and when, how many people fit, the fee per person in yen (0 when free),
 * the target group, and how long a place offered to the next on the waitlist is held. The caller checks that the
 * series is the organization's.
 */
public record ScheduleSession(
        @TargetAggregateIdentifier String sessionId,
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
