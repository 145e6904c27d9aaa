package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule a run (運行便) of a service: one vehicle and driver leaving at a time on a date. The caller copies in what
 * the run is checked against: the service's kind, calendar and booking deadline, the vehicle's seats and wheelchair
 * spaces, the driver's licence.
 */
public record ScheduleRun(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String serviceId,
        ServiceKind serviceKind,
        ServiceCalendar calendar,
        LocalDate serviceDate,
        LocalTime departure,
        LocalDateTime bookingDeadline,
        String vehicleId,
        int seats,
        int wheelchairSpaces,
        String driverId,
        DriverQualification driverQualification,
        LocalDate driverLicenceExpiry) {
}
