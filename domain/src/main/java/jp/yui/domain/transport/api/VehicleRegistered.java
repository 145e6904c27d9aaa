package jp.yui.domain.transport.api;

import org.axonframework.serialization.Revision;

/** A vehicle was registered. */
@Revision("1")
public record VehicleRegistered(
        String vehicleId,
        String organizationId,
        String registrationNumber,
        int seats,
        int wheelchairSpaces) {
}
