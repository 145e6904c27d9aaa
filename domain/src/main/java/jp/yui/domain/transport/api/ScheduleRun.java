package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedule a run (運行便) of a service: one vehicle leaving at a time on a date. */
public record ScheduleRun(
        @TargetAggregateIdentifier String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        LocalTime departure,
        int seats) {
}
