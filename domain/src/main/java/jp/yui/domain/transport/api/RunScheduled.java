package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.serialization.Revision;

/** A run (運行便) was put on the schedule with its vehicle, driver and capacity. */
@Revision("1")
public record RunScheduled(
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        LocalTime departure,
        int seats,
        int wheelchairSpaces,
        ServiceKind serviceKind,
        LocalDateTime bookingDeadline,
        String vehicleId,
        String driverId) {
}
