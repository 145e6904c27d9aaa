package jp.yui.domain.transport.api;

import org.axonframework.serialization.Revision;

/** The days a service runs, or its booking deadline, changed. */
@Revision("1")
public record ServiceCalendarChanged(
        String serviceId,
        String organizationId,
        ServiceCalendar calendar,
        BookingDeadline deadline) {
}
