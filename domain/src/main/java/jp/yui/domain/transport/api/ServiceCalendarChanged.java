package jp.yui.domain.transport.api;

/** The days a service runs, or its booking deadline, changed. */
public record ServiceCalendarChanged(
        String serviceId,
        String organizationId,
        ServiceCalendar calendar,
        BookingDeadline deadline) {
}
