package jp.yui.domain.transport.api;

/** A vehicle was registered. */
public record VehicleRegistered(
        String vehicleId,
        String organizationId,
        String registrationNumber,
        int seats,
        int wheelchairSpaces) {
}
