package jp.yui.domain.transport.api;

import java.time.LocalDateTime;
import java.util.List;

import org.axonframework.serialization.Revision;

/** A duty ended; {@code distanceKm} is the odometer difference (走行距離). */
@Revision("1")
public record DutyEnded(
        String runId,
        String organizationId,
        String actionId,
        String place,
        LocalDateTime at,
        int odometerKm,
        int distanceKm,
        List<String> waypoints) {
}
