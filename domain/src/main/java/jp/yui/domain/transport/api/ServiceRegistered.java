package jp.yui.domain.transport.api;

/** A transport service was registered. */
public record ServiceRegistered(
        String serviceId,
        String organizationId,
        String code,
        String name,
        ServiceKind kind,
        BookingDeadline deadline,
        ServiceCalendar calendar) {
}
