package jp.yui.domain.transport.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.RegisterDriver;

/** 運転者: a driver with licence kind and expiry and the qualification for paid services. */
public class Driver {

    public static final String ID_TYPE = "Driver";

    @AggregateIdentifier
    private String driverId;

    /** Required by Axon. */
    protected Driver() {
    }

    @CommandHandler
    public Driver(RegisterDriver command, jp.yui.domain.shared.PersonalDataVault vault) {
        new DriverHasLicence(command.name(), command.licenceKind(), command.licenceExpiry(),
                command.qualification()).verify();
        apply(new DriverRegistered(command.driverId(), command.organizationId(),
                vault.seal(command.driverId(), command.name()),
                command.licenceKind(), command.licenceExpiry(), command.qualification(), command.userName()));
    }

    @EventSourcingHandler
    void on(DriverRegistered event) {
        driverId = event.driverId();
    }
}
