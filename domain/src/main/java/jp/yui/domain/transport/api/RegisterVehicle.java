package jp.yui.domain.transport.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a vehicle (車両) with its registration number (登録番号), seats and wheelchair spaces. */
public record RegisterVehicle(
        @TargetAggregateIdentifier String vehicleId,
        String organizationId,
        String registrationNumber,
        int seats,
        int wheelchairSpaces) {
}
