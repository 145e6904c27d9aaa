package jp.yui.domain.transport.query;

/** A vehicle of an organization. */
public record VehicleView(String vehicleId, String organizationId, String registrationNumber, int seats,
                          int wheelchairSpaces) {
}
