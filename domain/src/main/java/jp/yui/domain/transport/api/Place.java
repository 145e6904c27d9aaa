package jp.yui.domain.transport.api;

/** Where a ride starts or ends: a stop of the service, or the rider's home (自宅). */
public record Place(String stopId, boolean home) {

    public static Place stop(String stopId) {
        return new Place(stopId, false);
    }

    public static Place atHome() {
        return new Place(null, true);
    }

    /**
     * A stop named, or home without one. Not a bean-style name, so JSON answers and stored events do not carry it
     * (events stored with the old {@code "valid"} field still read: unknown fields are ignored).
     */
    public boolean wellFormed() {
        return home ? stopId == null : stopId != null && !stopId.isBlank();
    }
}
