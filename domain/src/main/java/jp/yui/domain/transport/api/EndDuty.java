package jp.yui.domain.transport.api;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the duty (乗務終了): place, time, odometer reading and the main waypoints (主な経過地). */
public record EndDuty(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String actionId,
        String place,
        LocalDateTime at,
        int odometerKm,
        List<String> waypoints) {
}
