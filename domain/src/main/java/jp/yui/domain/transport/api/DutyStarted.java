package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

/** A driver started the duty of a run. */
public record DutyStarted(
        String runId,
        String organizationId,
        String actionId,
        String driverId,
        String vehicleId,
        String place,
        LocalDateTime at,
        int odometerKm) {
}
