package jp.yui.domain.transport.command;

import jp.yui.domain.shared.BelongsToOrganization;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import jp.yui.domain.transport.api.AddStop;
import jp.yui.domain.transport.api.ChangeServiceCalendar;
import jp.yui.domain.transport.api.FareTableSet;
import jp.yui.domain.transport.api.RegisterService;
import jp.yui.domain.transport.api.ServiceCalendarChanged;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.ServiceRegistered;
import jp.yui.domain.transport.api.SetFareTable;
import jp.yui.domain.transport.api.StopAdded;

/** 運行サービス: a service's kind, stops, calendar, booking deadline and fare tables by effective date. */
public class TransportService {

    public static final String ID_TYPE = "Service";

    @AggregateIdentifier
    private String serviceId;
    private String organizationId;
    private ServiceKind kind;
    private final Set<String> stops = new HashSet<>();

    /** Required by Axon. */
    protected TransportService() {
    }

    /**
     * A service's aggregate id: its organization and code, so one code means one service per organization.
     *
     * <p>This id, {@code Service:{org}:{code}}, is the one name of a service in every command, event and view that
     * refers to one (a run's, a booking's, a recurring booking's, an unmet need's {@code serviceId}), as other
     * aggregates are referred to by their ids; the bare {@code code} lives only in {@link
     * jp.yui.domain.transport.api.ServiceRegistered} and the service's view, and in the HTTP API, whose requests
     * name a service by its code under the organization's path and are turned into this id at the controller.
     */
    public static String idOf(String organizationId, String code) {
        return ID_TYPE + ":" + organizationId + ":" + code;
    }

    @CommandHandler
    public TransportService(RegisterService command) {
        new ServiceIsComplete(command.kind(), command.calendar(), command.deadline(), command.name()).verify();
        apply(new ServiceRegistered(command.serviceId(), command.organizationId(), command.code(), command.name(),
                command.kind(), command.deadline(), command.calendar()));
    }

    @CommandHandler
    public void handle(AddStop command) {
        new BelongsToOrganization("service", organizationId, command.organizationId()).verify();
        new StopIsNew(stops, command.stopId()).verify();
        apply(new StopAdded(serviceId, organizationId, command.stopId(), command.name(), command.kana(),
                command.latitude(), command.longitude()));
    }

    @CommandHandler
    public void handle(ChangeServiceCalendar command) {
        new BelongsToOrganization("service", organizationId, command.organizationId()).verify();
        new ServiceIsComplete(kind, command.calendar(), command.deadline(), "-").verify();
        apply(new ServiceCalendarChanged(serviceId, organizationId, command.calendar(), command.deadline()));
    }

    @CommandHandler
    public void handle(SetFareTable command) {
        new BelongsToOrganization("service", organizationId, command.organizationId()).verify();
        new VolunteerServiceHasNoFareTable(kind).verify();
        new FareTableIsComplete(command.table(), command.effectiveFrom()).verify();
        apply(new FareTableSet(serviceId, organizationId, command.effectiveFrom(), command.table()));
    }

    @EventSourcingHandler
    void on(ServiceRegistered event) {
        serviceId = event.serviceId();
        organizationId = event.organizationId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(StopAdded event) {
        stops.add(event.stopId());
    }
}
