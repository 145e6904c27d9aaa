package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start the duty (乗務開始) of a run: place, time and odometer reading. */
public record StartDuty(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String driverId,
        String place,
        LocalDateTime at,
        int odometerKm) {
}
