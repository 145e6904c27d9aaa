package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Undo a mistaken check-in (registered or walk-in): kept as its own fact, the check-in is not erased. {@code undoId}
 * is made on the door tablet: the same undo sent again records nothing (without one, a second undo is refused).
 */
public record UndoCheckIn(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String checkInId,
        String reason,
        String recordedBy,
        Instant at,
        String undoId) {

    public UndoCheckIn(String sessionId, String organizationId, String checkInId, String reason, String recordedBy,
                       Instant at) {
        this(sessionId, organizationId, checkInId, reason, recordedBy, at, null);
    }
}
