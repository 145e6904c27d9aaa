package jp.yui.domain.transport.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.RecordUnmetNeed;
import jp.yui.domain.transport.api.UnmetNeedRecorded;

/** 未充足の需要: one ride asked for that no run could give; the evidence of demand the city asks for. */
public class UnmetNeed {

    public static final String ID_TYPE = "UnmetNeed";

    @AggregateIdentifier
    private String needId;

    /** Required by Axon. */
    protected UnmetNeed() {
    }

    @CommandHandler
    public UnmetNeed(RecordUnmetNeed command, jp.yui.domain.shared.PersonalDataVault vault) {
        new UnmetNeedHasReason(command.reason(), command.wantedDate()).verify();
        apply(new UnmetNeedRecorded(command.needId(), command.organizationId(), command.serviceId(),
                command.residentId(), command.operator(), command.wantedDate(), command.purpose(), command.reason(),
                command.note() == null ? null
                        : vault.seal(command.residentId() != null ? command.residentId() : command.needId(), command.note()),
                command.at()));
    }

    @EventSourcingHandler
    void on(UnmetNeedRecorded event) {
        needId = event.needId();
    }
}
