package jp.yui.domain.transport.api;

import java.time.LocalDate;
import java.time.LocalTime;

/** A run (運行便) was put on the schedule with a number of seats. */
public record RunScheduled(
        String runId,
        String organizationId,
        String serviceId,
        LocalDate serviceDate,
        LocalTime departure,
        int seats) {
}
