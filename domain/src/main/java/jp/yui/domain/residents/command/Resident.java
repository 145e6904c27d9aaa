package jp.yui.domain.residents.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.residents.api.ChangeResidentDetails;
import jp.yui.domain.residents.api.ConsentRecorded;
import jp.yui.domain.residents.api.RecordConsent;
import jp.yui.domain.residents.api.RegisterResident;
import jp.yui.domain.residents.api.ResidentDetailsChanged;
import jp.yui.domain.residents.api.ResidentRegistered;

/** 利用者・会員: a resident the organization serves. Member numbers are kept unique by the caller's directory. */
public class Resident {

    public static final String ID_TYPE = "Resident";

    @AggregateIdentifier
    private String residentId;
    private String organizationId;

    /** Required by Axon. */
    protected Resident() {
    }

    @CommandHandler
    public Resident(RegisterResident command) {
        new ResidentDetailsAreUsable(command.details()).verify();
        new ResidentHasMemberNumber(command.memberNumber()).verify();
        apply(new ResidentRegistered(command.residentId(), command.organizationId(), command.memberNumber(),
                command.details(), command.birthYearMonth(), command.district(), command.recordedBy()));
    }

    @CommandHandler
    public void handle(ChangeResidentDetails command) {
        new ResidentBelongsToOrganization(organizationId, command.organizationId()).verify();
        new ResidentDetailsAreUsable(command.details()).verify();
        apply(new ResidentDetailsChanged(residentId, organizationId, command.details(), command.recordedBy()));
    }

    @CommandHandler
    public void handle(RecordConsent command) {
        new ResidentBelongsToOrganization(organizationId, command.organizationId()).verify();
        new ConsentIsComplete(command.kind(), command.date(), command.recordedBy()).verify();
        apply(new ConsentRecorded(residentId, organizationId, command.kind(), command.given(), command.date(),
                command.recordedBy()));
    }

    @EventSourcingHandler
    void on(ResidentRegistered event) {
        residentId = event.residentId();
        organizationId = event.organizationId();
    }
}
