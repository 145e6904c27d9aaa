package jp.yui.domain.transport.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.RegisterVehicle;
import jp.yui.domain.transport.api.VehicleRegistered;

/** 車両: a vehicle with its registration number, seats and wheelchair spaces. */
public class Vehicle {

    public static final String ID_TYPE = "Vehicle";

    @AggregateIdentifier
    private String vehicleId;

    /** Required by Axon. */
    protected Vehicle() {
    }

    @CommandHandler
    public Vehicle(RegisterVehicle command) {
        new RunNeedsSeats(command.seats(), command.wheelchairSpaces()).verify();
        new VehicleHasRegistrationNumber(command.registrationNumber()).verify();
        apply(new VehicleRegistered(command.vehicleId(), command.organizationId(), command.registrationNumber(),
                command.seats(), command.wheelchairSpaces()));
    }

    @EventSourcingHandler
    void on(VehicleRegistered event) {
        vehicleId = event.vehicleId();
    }
}
