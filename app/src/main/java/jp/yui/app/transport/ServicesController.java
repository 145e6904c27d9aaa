package jp.yui.app.transport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.AddStop;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.ChangeServiceCalendar;
import jp.yui.domain.transport.api.FareKind;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.RegisterService;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
import jp.yui.domain.transport.api.SetFareTable;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.ServiceView;

/** 運行サービス: services with their stops, calendar, booking deadline and fare tables. */
@RestController
@RequestMapping("/api/orgs/{org}/services")
class ServicesController {

    record Deadline(@Min(0) @Max(60) int daysBefore, @NotNull LocalTime time) {
        BookingDeadline toDeadline() {
            return new BookingDeadline(daysBefore, time);
        }
    }

    record Calendar(@NotNull @Size(max = 7) Set<DayOfWeek> weekdays, boolean runsOnHolidays,
                    @Size(max = 400) Set<LocalDate> extraDates, @Size(max = 400) Set<LocalDate> cancelledDates) {
        ServiceCalendar toCalendar() {
            return new ServiceCalendar(weekdays, runsOnHolidays, extraDates, cancelledDates);
        }
    }

    record RegisterServiceRequest(@NotNull @Pattern(regexp = Identifiers.SLUG) String code,
                                  @NotBlank @Size(max = 100) String name, @NotNull ServiceKind kind,
                                  @NotNull @Valid Deadline deadline, @NotNull @Valid Calendar calendar) {
    }

    record AddStopRequest(@NotNull @Pattern(regexp = Identifiers.SLUG) String stopId,
                          @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String kana,
                          @DecimalMin("20") @DecimalMax("46") double latitude,
                          @DecimalMin("122") @DecimalMax("154") double longitude) {
    }

    record CalendarRequest(@NotNull @Valid Calendar calendar, @NotNull @Valid Deadline deadline) {
    }

    record FareTableRequest(@NotNull LocalDate effectiveFrom, @NotNull FareKind kind,
                            @Min(0) @Max(100_000) int flatYen, @Size(max = 500) Map<String, Integer> sectionOfStop,
                            @Size(max = 50) List<Integer> yenBySectionsCrossed, @Min(0) @Max(100_000) int baseYen,
                            @Min(0) @Max(500) int baseKm, @Min(0) @Max(10_000) int yenPerKm) {
    }

    private final CommandGateway commands;
    private final ViewStore<ServiceView> services;

    ServicesController(CommandGateway commands, ViewStore<ServiceView> services) {
        this.commands = commands;
        this.services = services;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                         @Valid @RequestBody RegisterServiceRequest request) {
        String id = TransportService.idOf(org, request.code());
        commands.sendAndWait(new RegisterService(id, org, request.code(), request.name(), request.kind(),
                request.deadline().toDeadline(), request.calendar().toCalendar()));
        return Views.awaitPresent(() -> services.find(id)).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    @GetMapping
    List<ServiceView> list(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return services.findByOrganization(org);
    }

    @GetMapping("/{code}")
    ServiceView get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                    @PathVariable @Pattern(regexp = Identifiers.SLUG) String code) {
        return services.find(TransportService.idOf(org, code)).filter(s -> s.organizationId().equals(org))
                .orElseThrow(NotFound::new);
    }

    @PostMapping("/{code}/stops")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView addStop(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                        @Valid @RequestBody AddStopRequest request) {
        String id = TransportService.idOf(org, code);
        commands.sendAndWait(new AddStop(id, org, request.stopId(), request.name(), request.kana(),
                request.latitude(), request.longitude()));
        return Views.awaitPresent(() -> services.find(id).filter(s -> s.stop(request.stopId()).isPresent()))
                .orElseThrow(() -> new StoredNotYetVisible(id));
    }

    @PutMapping("/{code}/calendar")
    ServiceView changeCalendar(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                               @Valid @RequestBody CalendarRequest request) {
        String id = TransportService.idOf(org, code);
        ServiceCalendar calendar = request.calendar().toCalendar();
        BookingDeadline deadline = request.deadline().toDeadline();
        commands.sendAndWait(new ChangeServiceCalendar(id, org, calendar, deadline));
        return Views.awaitPresent(() -> services.find(id)
                .filter(s -> calendar.equals(s.calendar()) && deadline.equals(s.deadline()))).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    /** 対価: set the fare table from a date on. Refused for volunteer services. */
    @PostMapping("/{code}/fares")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView setFareTable(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                             @Valid @RequestBody FareTableRequest request) {
        String id = TransportService.idOf(org, code);
        FareTable table = new FareTable(request.kind(), request.flatYen(), request.sectionOfStop(),
                request.yenBySectionsCrossed(), request.baseYen(), request.baseKm(), request.yenPerKm());
        commands.sendAndWait(new SetFareTable(id, org, request.effectiveFrom(), table));
        return Views.awaitPresent(() -> services.find(id).filter(s -> s.fares().stream()
                .anyMatch(f -> f.effectiveFrom().equals(request.effectiveFrom()) && f.table().equals(table))))
                .orElseThrow(() -> new StoredNotYetVisible(id));
    }
}
