package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 当日参加: someone came without registering. Age band and district are asked; a name is optional (sealed under the
 * session and check-in id when given); {@code residentId} when the door recognised a registered resident.
 * {@code checkInId} is made on the door tablet; the same id sent again records nothing.
 */
public record RecordWalkIn(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String checkInId,
        String residentId,
        GuestDetails name,
        AgeBand ageBand,
        String district,
        String recordedBy,
        Instant at) {
}
