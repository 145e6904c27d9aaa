package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase what is personal about a guest or a named walk-in: {@code subjectId} is the registration id (a guest) or the
 * check-in id (a walk-in) their details were sealed under. Residents are erased as residents.
 */
public record EraseAttendeeData(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String subjectId,
        String requestedBy,
        Instant at) {
}
