package jp.yui.domain.transport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the days a service runs and its booking deadline. */
public record ChangeServiceCalendar(
        @TargetAggregateIdentifier String serviceId,
        String organizationId,
        ServiceCalendar calendar,
        BookingDeadline deadline) {
}
