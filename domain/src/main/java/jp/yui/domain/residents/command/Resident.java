package jp.yui.domain.residents.command;

import jp.yui.domain.shared.BelongsToOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.residents.api.ChangeResidentDetails;
import jp.yui.domain.residents.api.ConsentRecorded;
import jp.yui.domain.residents.api.EraseResident;
import jp.yui.domain.residents.api.RecordConsent;
import jp.yui.domain.residents.api.RegisterResident;
import jp.yui.domain.residents.api.ResidentDetailsChanged;
import jp.yui.domain.residents.api.ResidentErased;
import jp.yui.domain.residents.api.ResidentRegistered;
import jp.yui.domain.shared.PersonalDataVault;

/**
 * 利用者・会員: a resident the organization serves. Member numbers are kept unique by the caller's directory. The
 * personal details go into the events sealed with the resident's own key ({@link PersonalDataVault}); erasing the
 * resident destroys that key.
 */
public class Resident {

    public static final String ID_TYPE = "Resident";

    @AggregateIdentifier
    private String residentId;
    private String organizationId;
    private boolean erased;

    /** Required by Axon. */
    protected Resident() {
    }

    @CommandHandler
    public Resident(RegisterResident command, PersonalDataVault vault) {
        new ResidentDetailsAreUsable(command.details()).verify();
        new ResidentHasMemberNumber(command.memberNumber()).verify();
        apply(new ResidentRegistered(command.residentId(), command.organizationId(), command.memberNumber(),
                vault.seal(command.residentId(), command.details()), command.birthYearMonth(), command.district(),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(ChangeResidentDetails command, PersonalDataVault vault) {
        new BelongsToOrganization("resident", organizationId, command.organizationId()).verify();
        new ResidentIsNotErased(erased).verify();
        new ResidentDetailsAreUsable(command.details()).verify();
        apply(new ResidentDetailsChanged(residentId, organizationId, vault.seal(residentId, command.details()),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(RecordConsent command) {
        new BelongsToOrganization("resident", organizationId, command.organizationId()).verify();
        new ResidentIsNotErased(erased).verify();
        new ConsentIsComplete(command.kind(), command.date(), command.recordedBy()).verify();
        apply(new ConsentRecorded(residentId, organizationId, command.kind(), command.given(), command.date(),
                command.recordedBy()));
    }

    @CommandHandler
    public void handle(EraseResident command, Clock clock) {
        new BelongsToOrganization("resident", organizationId, command.organizationId()).verify();
        if (erased) {
            return;
        }
        apply(new ResidentErased(residentId, organizationId, command.requestedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ResidentRegistered event) {
        residentId = event.residentId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(ResidentErased event) {
        erased = true;
    }
}
