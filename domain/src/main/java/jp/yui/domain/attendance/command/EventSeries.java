package jp.yui.domain.attendance.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.attendance.api.CreateSeries;
import jp.yui.domain.attendance.api.SeriesCreated;

/** 連続講座・行事: a series of sessions kept by its organizer, with the organizations taking part in it. */
public class EventSeries {

    public static final String ID_TYPE = "EventSeries";

    @AggregateIdentifier
    private String seriesId;

    /** Required by Axon. */
    protected EventSeries() {
    }

    @CommandHandler
    public EventSeries(CreateSeries command) {
        new SeriesIsTitled(command.title()).verify();
        apply(new SeriesCreated(command.seriesId(), command.organizationId(), command.title(), command.targetGroup(),
                command.participatingOrganizationIds() == null ? java.util.List.of()
                        : command.participatingOrganizationIds().stream()
                                .filter(org -> !org.equals(command.organizationId())).distinct().toList(),
                command.recordedBy()));
    }

    @EventSourcingHandler
    void on(SeriesCreated event) {
        seriesId = event.seriesId();
    }
}
