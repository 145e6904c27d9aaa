package jp.yui.domain.transport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a transport service (運行サービス) of an organization; {@code code} is its short name in paths. */
public record RegisterService(
        @TargetAggregateIdentifier String serviceId,
        String organizationId,
        String code,
        String name,
        ServiceKind kind,
        BookingDeadline deadline,
        ServiceCalendar calendar) {
}
