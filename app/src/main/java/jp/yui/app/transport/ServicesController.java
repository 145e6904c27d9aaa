package jp.yui.app.transport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import jp.yui.app.transport.usecase.ServiceSetup;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.transport.api.BookingDeadline;
import jp.yui.domain.transport.api.FareKind;
import jp.yui.domain.transport.api.FareTable;
import jp.yui.domain.transport.api.ServiceCalendar;
import jp.yui.domain.transport.api.ServiceKind;
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

    private final ServiceSetup setup;

    ServicesController(ServiceSetup setup) {
        this.setup = setup;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                         @Valid @RequestBody RegisterServiceRequest request) {
        return setup.register(org, new ServiceSetup.NewService(request.code(), request.name(), request.kind(),
                request.deadline().toDeadline(), request.calendar().toCalendar()));
    }

    @GetMapping
    List<ServiceView> list(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return setup.services(org);
    }

    @GetMapping("/{code}")
    ServiceView get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                    @PathVariable @Pattern(regexp = Identifiers.SLUG) String code) {
        return setup.service(org, code);
    }

    @PostMapping("/{code}/stops")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView addStop(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                        @Valid @RequestBody AddStopRequest request) {
        return setup.addStop(org, code, new ServiceSetup.NewStop(request.stopId(), request.name(), request.kana(),
                request.latitude(), request.longitude()));
    }

    @PutMapping("/{code}/calendar")
    ServiceView changeCalendar(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                               @Valid @RequestBody CalendarRequest request) {
        return setup.changeCalendar(org, code, request.calendar().toCalendar(), request.deadline().toDeadline());
    }

    /** 対価: set the fare table from a date on. Refused for volunteer services. */
    @PostMapping("/{code}/fares")
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView setFareTable(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                             @PathVariable @Pattern(regexp = Identifiers.SLUG) String code,
                             @Valid @RequestBody FareTableRequest request) {
        return setup.setFareTable(org, code, request.effectiveFrom(), new FareTable(request.kind(),
                request.flatYen(), request.sectionOfStop(), request.yenBySectionsCrossed(), request.baseYen(),
                request.baseKm(), request.yenPerKm()));
    }
}
