package jp.yui.app.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import jp.yui.app.web.Identifiers;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.app.privacy.AccessAudit;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;
import jp.yui.domain.transport.query.VehicleView;

/** 運行便: schedule runs, list a day's runs with seats left, and the driver's run sheet. */
@RestController
@RequestMapping("/api/orgs/{org}/runs")
class RunsController {

    /** {@code seats} and {@code wheelchairSpaces} may lower what the vehicle offers (e.g. a seat kept for a helper). */
    record ScheduleRunRequest(
            @NotNull @Pattern(regexp = Identifiers.SLUG) String service,
            @NotNull LocalDate serviceDate,
            @NotNull LocalTime departure,
            @NotNull @Pattern(regexp = Identifiers.VEHICLE_ID) String vehicleId,
            @NotNull @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
            @Min(1) @Max(99) Integer seats,
            @Min(0) @Max(9) Integer wheelchairSpaces) {
    }

    record RunSummary(String runId, String serviceId, LocalDate serviceDate, LocalTime departure, String vehicleId,
                      String driverId, int seats, int seatsLeft, int wheelchairSpaces, int wheelchairSpacesLeft,
                      int bookings) {
        static RunSummary of(RunView run) {
            return new RunSummary(run.runId(), run.serviceId(), run.serviceDate(), run.departure(), run.vehicleId(),
                    run.driverId(), run.seats(), run.seatsLeft(), run.wheelchairSpaces(), run.wheelchairSpacesLeft(),
                    (int) run.bookings().stream().filter(RunView.Booking::active).count());
        }
    }

    /** One pickup on the run sheet (運行表): who, where, when, and what the driver must know. */
    record Pickup(String bookingId, LocalTime pickupTime, String residentId, String name, List<String> phones,
                  Set<MobilityNeed> needs, String notes, Place pickup, String pickupName, Place dropOff,
                  String dropOffName, String address, int passengers, int companions, boolean wheelchair,
                  int fareYen, String outcome) {
    }

    record RunSheet(String runId, String serviceId, String serviceName, LocalDate serviceDate, LocalTime departure,
                    String vehicleRegistrationNumber, String driverName, List<Pickup> pickups) {
    }

    private final CommandGateway commands;
    private final ViewStore<RunView> runs;
    private final ViewStore<ServiceView> services;
    private final ViewStore<VehicleView> vehicles;
    private final ViewStore<DriverView> drivers;
    private final ViewStore<ResidentView> residents;
    private final PersonalDataVault vault;
    private final AccessAudit audit;

    RunsController(CommandGateway commands, ViewStore<RunView> runs, ViewStore<ServiceView> services,
                   ViewStore<VehicleView> vehicles, ViewStore<DriverView> drivers,
                   ViewStore<ResidentView> residents, PersonalDataVault vault, AccessAudit audit) {
        this.vault = vault;
        this.audit = audit;
        this.commands = commands;
        this.runs = runs;
        this.services = services;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.residents = residents;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RunSummary schedule(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                        @Valid @RequestBody ScheduleRunRequest request) {
        ServiceView service = services.find(TransportService.idOf(org, request.service())).orElseThrow(NotFound::new);
        VehicleView vehicle = vehicles.find(request.vehicleId()).filter(v -> v.organizationId().equals(org))
                .orElseThrow(NotFound::new);
        DriverView driver = drivers.find(request.driverId()).filter(d -> d.organizationId().equals(org))
                .orElseThrow(NotFound::new);
        int seats = request.seats() == null ? vehicle.seats() : Math.min(request.seats(), vehicle.seats());
        int wheelchairSpaces = request.wheelchairSpaces() == null ? vehicle.wheelchairSpaces()
                : Math.min(request.wheelchairSpaces(), vehicle.wheelchairSpaces());
        String runId = Ids.newId(Run.ID_TYPE);
        commands.sendAndWait(new ScheduleRun(runId, org, service.serviceId(), service.kind(), service.calendar(),
                request.serviceDate(), request.departure(), service.deadline().forRideOn(request.serviceDate()),
                vehicle.vehicleId(), seats, wheelchairSpaces, driver.driverId(), driver.qualification(),
                driver.licenceExpiry()));
        return RunSummary.of(Views.awaitPresent(() -> runs.find(runId)).orElseThrow(() -> new StoredNotYetVisible(runId)));
    }

    /** The runs of one day, with seats left: what the operator offers a caller. */
    @GetMapping
    List<RunSummary> ofDay(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return runs.findBy(org, RunView.BY_DATE.name(), date.toString()).stream()
                .sorted(Comparator.comparing(RunView::departure).thenComparing(RunView::serviceId))
                .map(RunSummary::of).toList();
    }

    @GetMapping("/{runId}")
    RunView get(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId) {
        return run(org, runId);
    }

    /** 運行表: the bookings still on, in pickup order, with what the driver needs to know of each rider. */
    @GetMapping("/{runId}/sheet")
    RunSheet sheet(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                   @PathVariable @Pattern(regexp = Identifiers.RUN_ID) String runId) {
        RunView run = run(org, runId);
        ServiceView service = services.find(run.serviceId()).orElse(null);
        List<Pickup> pickups = run.bookingsInPickupOrder().stream().map(b -> {
            ResidentDetails resident = b.residentId() == null ? null
                    : residents.find(b.residentId()).filter(r -> r.organizationId().equals(org))
                    .flatMap(r -> vault.openNullable(r.details(), ResidentDetails.class)).orElse(null);
            return new Pickup(b.bookingId(), b.pickupTime(), b.residentId(),
                    resident == null ? null : resident.name(),
                    resident == null ? List.of() : resident.phones(),
                    resident == null ? Set.of() : resident.mobilityNeeds(),
                    resident == null ? null : resident.notes(), b.pickup(), placeName(service, b.pickup()),
                    b.dropOff(), placeName(service, b.dropOff()),
                    resident == null ? null : resident.address(), b.passengers(), b.companions(),
                    b.wheelchair(), b.fare() == null ? 0 : b.fare().totalYen(),
                    b.outcome() == null ? null : b.outcome().name());
        }).toList();
        String vehicle = run.vehicleId() == null ? null
                : vehicles.find(run.vehicleId()).map(VehicleView::registrationNumber).orElse(null);
        String driver = run.driverId() == null ? null : drivers.find(run.driverId())
                .flatMap(d -> vault.openNullable(d.name(), String.class)).orElse(null);
        audit.read(org, "run-sheet", pickups.stream().map(Pickup::residentId).filter(java.util.Objects::nonNull).toList());
        return new RunSheet(run.runId(), run.serviceId(), service == null ? null : service.name(), run.serviceDate(),
                run.departure(), vehicle, driver, pickups);
    }

    private static String placeName(ServiceView service, Place place) {
        if (place == null) {
            return null;
        }
        if (place.home()) {
            return "自宅";
        }
        return service == null ? null : service.stop(place.stopId()).map(ServiceView.Stop::name).orElse(null);
    }

    private RunView run(String org, String runId) {
        return runs.find(runId).filter(r -> r.organizationId().equals(org)).orElseThrow(NotFound::new);
    }
}
