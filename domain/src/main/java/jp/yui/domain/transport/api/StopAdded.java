package jp.yui.domain.transport.api;

import org.axonframework.serialization.Revision;

/** A stop was added to a service. */
@Revision("1")
public record StopAdded(
        String serviceId,
        String organizationId,
        String stopId,
        String name,
        String kana,
        double latitude,
        double longitude) {
}
