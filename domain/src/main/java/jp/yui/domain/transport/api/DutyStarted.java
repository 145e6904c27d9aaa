package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** A driver started the duty of a run. */
@Revision("1")
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
