package jp.yui.app.transport.usecase;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.AddStop;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.ChangeServiceCalendar;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.RegisterService;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.SetFareTable;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.ServiceView;

/**
 * 運行サービス: services with their stops, calendar, booking deadline and fare tables. Every change is answered with
 * the service once its view shows the change.
 */
@Service
public class ServiceSetup {

    public record NewService(String code, String name, ServiceKind kind, BookingDeadline deadline,
                             ServiceCalendar calendar) {
    }

    public record NewStop(String stopId, String name, String kana, double latitude, double longitude) {
    }

    private final CommandGateway commands;
    private final ViewStore<ServiceView> services;

    ServiceSetup(CommandGateway commands, ViewStore<ServiceView> services) {
        this.commands = commands;
        this.services = services;
    }

    /** Registers the service; registering a code again is refused by the store (the stream exists). */
    public ServiceView register(String org, NewService request) {
        String id = TransportService.idOf(org, request.code());
        commands.sendAndWait(new RegisterService(id, org, request.code(), request.name(), request.kind(),
                request.deadline(), request.calendar()));
        return Views.awaitPresent(() -> services.find(id)).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    public List<ServiceView> services(String org) {
        return services.findByOrganization(org);
    }

    /** The organization's service by its code, or {@link NotFound}. */
    public ServiceView service(String org, String code) {
        return services.find(TransportService.idOf(org, code)).filter(s -> s.organizationId().equals(org))
                .orElseThrow(NotFound::new);
    }

    public ServiceView addStop(String org, String code, NewStop stop) {
        String id = TransportService.idOf(org, code);
        commands.sendAndWait(new AddStop(id, org, stop.stopId(), stop.name(), stop.kana(), stop.latitude(),
                stop.longitude()));
        return Views.awaitPresent(() -> services.find(id).filter(s -> s.stop(stop.stopId()).isPresent()))
                .orElseThrow(() -> new StoredNotYetVisible(id));
    }

    public ServiceView changeCalendar(String org, String code, ServiceCalendar calendar, BookingDeadline deadline) {
        String id = TransportService.idOf(org, code);
        commands.sendAndWait(new ChangeServiceCalendar(id, org, calendar, deadline));
        return Views.awaitPresent(() -> services.find(id)
                .filter(s -> calendar.equals(s.calendar()) && deadline.equals(s.deadline())))
                .orElseThrow(() -> new StoredNotYetVisible(id));
    }

    /** 対価: sets the fare table from a date on. Refused for volunteer services. */
    public ServiceView setFareTable(String org, String code, LocalDate effectiveFrom, FareTable table) {
        String id = TransportService.idOf(org, code);
        commands.sendAndWait(new SetFareTable(id, org, effectiveFrom, table));
        return Views.awaitPresent(() -> services.find(id).filter(s -> s.fares().stream()
                .anyMatch(f -> f.effectiveFrom().equals(effectiveFrom) && f.table().equals(table))))
                .orElseThrow(() -> new StoredNotYetVisible(id));
    }
}
