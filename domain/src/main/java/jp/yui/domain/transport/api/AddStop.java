package jp.yui.domain.transport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a stop (乗降場所) to a service: its name, kana reading and position. */
public record AddStop(
        @TargetAggregateIdentifier String serviceId,
        String organizationId,
        String stopId,
        String name,
        String kana,
        double latitude,
        double longitude) {
}
