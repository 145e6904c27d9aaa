package jp.yui.domain.attendance.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 受付: a registered person came through the door, with the companions who came ({@code null}: as registered).
 * {@code checkInId} is made on the door tablet; the same id sent again records nothing.
 */
public record CheckIn(
        @TargetAggregateIdentifier String sessionId,
        String organizationId,
        String checkInId,
        String registrationId,
        Integer companions,
        String recordedBy,
        Instant at) {
}
