package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the door list of a session; no-shows are derived, never given. */
public record CloseSession(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String closedBy,
        Instant at) {
}
