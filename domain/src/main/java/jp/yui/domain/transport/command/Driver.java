package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BelongsToOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.DriverErased;
import jp.yui.domain.transport.api.DriverRegistered;
import jp.yui.domain.transport.api.EraseDriver;
import jp.yui.domain.transport.api.RegisterDriver;

/** 運転者: a driver with licence kind and expiry and the qualification for paid services. */
public class Driver {

    public static final String ID_TYPE = "Driver";

    @AggregateIdentifier
    private String driverId;
    private String organizationId;
    private boolean erased;

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

    @CommandHandler
    public void handle(EraseDriver command) {
        new BelongsToOrganization("driver", organizationId, command.organizationId()).verify();
        if (erased) {
            return;
        }
        new DriverRecordsHaveExpired(command.lastDuty(), command.lastAccident(), command.today()).verify();
        apply(new DriverErased(driverId, organizationId, command.requestedBy(), command.today()));
    }

    @EventSourcingHandler
    void on(DriverRegistered event) {
        driverId = event.driverId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(DriverErased event) {
        erased = true;
    }
}
