package jp.yui.domain.market.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.market.api.AddTill;
import jp.yui.domain.market.api.RegisterSalesPoint;
import jp.yui.domain.market.api.SalesPointRegistered;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.api.TillAdded;
import jp.yui.domain.shared.BelongsToOrganization;

/** 販売所: the farm stand or a market (マルシェ), with its tills. */
public class SalesPoint {

    public static final String ID_TYPE = "SalesPoint";

    @AggregateIdentifier
    private String salesPointId;
    private String organizationId;
    private final Set<String> tillIds = new HashSet<>();

    /** Required by Axon. */
    protected SalesPoint() {
    }

    @CommandHandler
    public SalesPoint(RegisterSalesPoint command) {
        new SalesPointIsDescribed(command.name(), command.kind()).verify();
        new SalesPointHasTills(command.tills()).verify();
        new TillsAreNamed(command.tills()).verify();
        new TillIdsAreUnique(Set.of(), command.tills()).verify();
        apply(new SalesPointRegistered(command.salesPointId(), command.organizationId(), command.name(),
                command.kind(), List.copyOf(command.tills()), command.recordedBy()));
    }

    @CommandHandler
    public void handle(AddTill command) {
        new BelongsToOrganization("sales point", organizationId, command.organizationId()).verify();
        List<Till> tills = command.till() == null ? List.of() : List.of(command.till());
        new SalesPointHasTills(tills).verify();
        new TillsAreNamed(tills).verify();
        new TillIdsAreUnique(tillIds, tills).verify();
        apply(new TillAdded(salesPointId, organizationId, command.till(), command.recordedBy()));
    }

    @EventSourcingHandler
    void on(SalesPointRegistered event) {
        salesPointId = event.salesPointId();
        organizationId = event.organizationId();
        event.tills().forEach(t -> tillIds.add(t.tillId()));
    }

    @EventSourcingHandler
    void on(TillAdded event) {
        tillIds.add(event.till().tillId());
    }
}
