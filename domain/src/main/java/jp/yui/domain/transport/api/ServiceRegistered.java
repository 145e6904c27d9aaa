package jp.yui.domain.transport.api;

import org.axonframework.serialization.Revision;

/** A transport service was registered. */
@Revision("1")
public record ServiceRegistered(
        String serviceId,
        String organizationId,
        String code,
        String name,
        ServiceKind kind,
        BookingDeadline deadline,
        ServiceCalendar calendar) {
}
