package jp.yui.domain.transport.api;

import java.time.LocalDateTime;

import org.axonframework.serialization.Revision;

/** An accident on a duty was recorded, with the run's driver and vehicle. */
@Revision("1")
public record AccidentRecorded(
        String runId,
        String organizationId,
        String actionId,
        String driverId,
        String vehicleId,
        LocalDateTime at,
        String place,
        String otherParties,
        String summary,
        String cause,
        String prevention) {
}
