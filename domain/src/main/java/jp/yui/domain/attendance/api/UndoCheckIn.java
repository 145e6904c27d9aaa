package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undo a mistaken check-in (registered or walk-in): kept as its own fact, the check-in is not erased. */
public record UndoCheckIn(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String checkInId,
        String reason,
        String recordedBy,
        Instant at) {
}
