package jp.yui.domain.transport.api;

/** A stop was added to a service. */
public record StopAdded(
        String serviceId,
        String organizationId,
        String stopId,
        String name,
        String kana,
        double latitude,
        double longitude) {
}
