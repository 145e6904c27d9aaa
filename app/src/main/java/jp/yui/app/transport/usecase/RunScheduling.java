package jp.yui.app.transport.usecase;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.privacy.AccessAudit;
import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.residents.api.MobilityNeed;
import jp.yui.domain.residents.api.ResidentDetails;
import jp.yui.domain.residents.query.ResidentView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.Place;
import jp.yui.domain.transport.api.ScheduleRun;
import jp.yui.domain.transport.command.Run;
import jp.yui.domain.transport.command.TransportService;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.ServiceView;
import jp.yui.domain.transport.query.VehicleView;

/** 運行便: schedule runs, the runs of a day with seats left, one run, and the driver's run sheet (運行表). */
@Service
public class RunScheduling {

    /**
     * A run to schedule: the service by its code, the vehicle and driver by id. {@code seats} and
     * {@code wheelchairSpaces} (null: what the vehicle offers) may lower what the vehicle offers.
     */
    public record NewRun(String serviceCode, LocalDate serviceDate, LocalTime departure, String vehicleId,
                         String driverId, Integer seats, Integer wheelchairSpaces) {
    }

    public record RunSummary(String runId, String serviceId, LocalDate serviceDate, LocalTime departure,
                             String vehicleId, String driverId, int seats, int seatsLeft, int wheelchairSpaces,
                             int wheelchairSpacesLeft, int bookings) {
        static RunSummary of(RunView run) {
            return new RunSummary(run.runId(), run.serviceId(), run.serviceDate(), run.departure(), run.vehicleId(),
                    run.driverId(), run.seats(), run.seatsLeft(), run.wheelchairSpaces(), run.wheelchairSpacesLeft(),
                    (int) run.bookings().stream().filter(RunView.Booking::active).count());
        }
    }

    /** One pickup on the run sheet (運行表): who, where, when, and what the driver must know. */
    public record Pickup(String bookingId, LocalTime pickupTime, String residentId, String name, List<String> phones,
                         Set<MobilityNeed> needs, String notes, Place pickup, String pickupName, Place dropOff,
                         String dropOffName, String address, int passengers, int companions, boolean wheelchair,
                         int fareYen, String outcome) {
    }

    public record RunSheet(String runId, String serviceId, String serviceName, LocalDate serviceDate,
                           LocalTime departure, String vehicleRegistrationNumber, String driverName,
                           List<Pickup> pickups) {
    }

    /** A run on a driver's list of the day (運転: 本日の運行). */
    public record DriverRun(String runId, String serviceName, LocalDate serviceDate, LocalTime departure,
                            String vehicleRegistrationNumber, int riders, boolean started, boolean ended) {
    }

    /** A booking of a resident with its run's service, date and departure (the phone console's usual trips). */
    public record ResidentRide(String runId, String serviceId, LocalDate serviceDate, LocalTime departure,
                               RunView.Booking booking) {
    }

    private final CommandGateway commands;
    private final ViewStore<RunView> runs;
    private final ViewStore<ServiceView> services;
    private final ViewStore<VehicleView> vehicles;
    private final ViewStore<DriverView> drivers;
    private final ViewStore<ResidentView> residents;
    private final PersonalDataVault vault;
    private final AccessAudit audit;

    RunScheduling(CommandGateway commands, ViewStore<RunView> runs, ViewStore<ServiceView> services,
                  ViewStore<VehicleView> vehicles, ViewStore<DriverView> drivers,
                  ViewStore<ResidentView> residents, PersonalDataVault vault, AccessAudit audit) {
        this.commands = commands;
        this.runs = runs;
        this.services = services;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.residents = residents;
        this.vault = vault;
        this.audit = audit;
    }

    /**
     * Schedules a run of the organization's service, its capacity from the vehicle, and answers it once its view
     * shows it. The service, vehicle or driver not there (or another organization's): {@link NotFound}.
     */
    public RunSummary schedule(String org, NewRun run) {
        ServiceView service = services.find(TransportService.idOf(org, run.serviceCode())).orElseThrow(NotFound::new);
        VehicleView vehicle = vehicles.find(run.vehicleId()).filter(v -> v.organizationId().equals(org))
                .orElseThrow(NotFound::new);
        DriverView driver = drivers.find(run.driverId()).filter(d -> d.organizationId().equals(org))
                .orElseThrow(NotFound::new);
        int seats = run.seats() == null ? vehicle.seats() : Math.min(run.seats(), vehicle.seats());
        int wheelchairSpaces = run.wheelchairSpaces() == null ? vehicle.wheelchairSpaces()
                : Math.min(run.wheelchairSpaces(), vehicle.wheelchairSpaces());
        String runId = Ids.newId(Run.ID_TYPE);
        commands.sendAndWait(new ScheduleRun(runId, org, service.serviceId(), service.kind(), service.calendar(),
                run.serviceDate(), run.departure(), service.deadline().forRideOn(run.serviceDate()),
                vehicle.vehicleId(), seats, wheelchairSpaces, driver.driverId(), driver.qualification(),
                driver.licenceExpiry()));
        return RunSummary.of(Views.awaitPresent(() -> runs.find(runId)).orElseThrow(() -> new StoredNotYetVisible(runId)));
    }

    /** The runs of one day, with seats left: what the operator offers a caller. */
    public List<RunSummary> ofDay(String org, LocalDate date) {
        return runs.findBy(org, RunView.BY_DATE.name(), date.toString()).stream()
                .sorted(Comparator.comparing(RunView::departure).thenComparing(RunView::serviceId))
                .map(RunSummary::of).toList();
    }

    /** The driver a login is linked to (its user name on the driver record), if any. */
    public Optional<String> driverOfLogin(String org, String userName) {
        return drivers.findBy(org, DriverView.BY_USER_NAME.name(), userName).stream()
                .filter(d -> d.organizationId().equals(org)).map(DriverView::driverId).findFirst();
    }

    /** The runs one driver drives on a day, by departure: looked up by driver and date, no other run read. */
    public List<DriverRun> ofDriver(String org, String driverId, LocalDate date) {
        return driverRuns(runs.findBy(org, RunView.BY_DRIVER_AND_DATE.name(), RunView.driverOnDay(driverId, date)));
    }

    /** Every run of a day as a driver's list shows it: for the office, which may open any run's duty page. */
    public List<DriverRun> ofDayForDrivers(String org, LocalDate date) {
        return driverRuns(runs.findBy(org, RunView.BY_DATE.name(), date.toString()));
    }

    private List<DriverRun> driverRuns(List<RunView> found) {
        return found.stream().sorted(Comparator.comparing(RunView::departure).thenComparing(RunView::runId))
                .map(run -> new DriverRun(run.runId(),
                        services.find(run.serviceId()).map(ServiceView::name).orElse(null), run.serviceDate(),
                        run.departure(), run.vehicleId() == null ? null
                                : vehicles.find(run.vehicleId()).map(VehicleView::registrationNumber).orElse(null),
                        run.bookingsInPickupOrder().size(), run.duty().start() != null, run.duty().end() != null))
                .toList();
    }

    /**
     * The resident's bookings (cancelled ones too) on the organization's runs from {@code from} to {@code to}
     * (months, inclusive), latest ride first: one key lookup per month ({@link RunView#BY_RESIDENT_MONTH}).
     */
    public List<ResidentRide> ridesOf(String org, String residentId, YearMonth from, YearMonth to) {
        List<ResidentRide> rides = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            for (RunView run : runs.findBy(org, RunView.BY_RESIDENT_MONTH.name(),
                    RunView.residentMonth(residentId, month))) {
                run.bookings().stream().filter(b -> residentId.equals(b.residentId()))
                        .forEach(b -> rides.add(new ResidentRide(run.runId(), run.serviceId(), run.serviceDate(),
                                run.departure(), b)));
            }
        }
        rides.sort(Comparator.comparing(ResidentRide::serviceDate).thenComparing(ResidentRide::departure,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(r -> r.booking().bookingId())
                .reversed());
        return rides;
    }

    /**
     * Waits a moment for the run's view to show the booking as {@code state} says (booked, changed, cancelled), so a
     * page can show what it has just done; answers whether it does.
     */
    public boolean awaitBooking(String org, String runId, String bookingId, Predicate<RunView.Booking> state) {
        return Views.awaitPresent(() -> runs.find(runId).filter(r -> r.organizationId().equals(org))
                .flatMap(r -> r.booking(bookingId)).filter(state)).isPresent();
    }

    /** The run with its bookings, turn-downs and duty record; {@link NotFound} if not the organization's. */
    public RunView run(String org, String runId) {
        return runs.find(runId).filter(r -> r.organizationId().equals(org)).orElseThrow(NotFound::new);
    }

    /** 運行表: the bookings still on, in pickup order, with the riders' personal data opened; the access audited. */
    public RunSheet sheet(String org, String runId) {
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
        audit.read(org, "run-sheet", pickups.stream().map(Pickup::residentId).filter(Objects::nonNull).toList());
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
}
