package jp.yui.app.transport.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.app.web.StoredNotYetVisible;
import jp.yui.app.web.Views;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.EraseDriver;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.RegisterDriver;
import jp.yui.domain.transport.api.RegisterVehicle;
import jp.yui.domain.transport.command.Driver;
import jp.yui.domain.transport.command.Vehicle;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.query.VehicleView;

/** 車両 and 運転者 of an organization. */
@Service
public class Fleet {

    public record NewVehicle(String registrationNumber, int seats, int wheelchairSpaces) {
    }

    public record NewDriver(String name, LicenceKind licenceKind, LocalDate licenceExpiry,
                            DriverQualification qualification, String userName) {
    }

    /** A driver as shown, the name opened (gone once the driver is erased). */
    public record DriverShown(String driverId, String organizationId, String name, LicenceKind licenceKind,
                              LocalDate licenceExpiry, DriverQualification qualification, String userName) {
    }

    private final CommandGateway commands;
    private final ViewStore<VehicleView> vehicles;
    private final ViewStore<DriverView> drivers;
    private final PersonalDataVault vault;
    private final ViewStore<RunView> runs;
    private final Clock clock;

    Fleet(CommandGateway commands, ViewStore<VehicleView> vehicles, ViewStore<DriverView> drivers,
          PersonalDataVault vault, ViewStore<RunView> runs, Clock clock) {
        this.commands = commands;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.vault = vault;
        this.runs = runs;
        this.clock = clock;
    }

    private DriverShown show(DriverView d) {
        return new DriverShown(d.driverId(), d.organizationId(), vault.openNullable(d.name(), String.class)
                .orElse(null), d.licenceKind(), d.licenceExpiry(), d.qualification(), d.userName());
    }

    /** Registers the vehicle and answers it once its view shows it. */
    public VehicleView registerVehicle(String org, NewVehicle request) {
        String id = Ids.newId(Vehicle.ID_TYPE);
        commands.sendAndWait(new RegisterVehicle(id, org, request.registrationNumber(), request.seats(),
                request.wheelchairSpaces()));
        return Views.awaitPresent(() -> vehicles.find(id)).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    public List<VehicleView> vehicles(String org) {
        return vehicles.findByOrganization(org);
    }

    /** Registers the driver and answers them once their view shows them. */
    public DriverShown registerDriver(String org, NewDriver request) {
        String id = Ids.newId(Driver.ID_TYPE);
        commands.sendAndWait(new RegisterDriver(id, org, request.name(), request.licenceKind(),
                request.licenceExpiry(), request.qualification(), request.userName()));
        return show(Views.awaitPresent(() -> drivers.find(id)).orElseThrow(() -> new StoredNotYetVisible(id)));
    }

    /**
     * Erases a driver's name once the law's records that name them have expired: the last duty more than a year
     * ago (乗務記録), the last accident more than two years ago (事故の記録); the driver refuses it until then.
     */
    public DriverShown eraseDriver(String org, String operator, String driverId) {
        drivers.find(driverId).filter(d -> d.organizationId().equals(org)).orElseThrow(NotFound::new);
        List<RunView> duties = runs.findBy(org, RunView.BY_DRIVER.name(), driverId).stream()
                .filter(r -> r.duty().start() != null).toList();
        LocalDate lastDuty = duties.stream().map(RunView::serviceDate).max(LocalDate::compareTo).orElse(null);
        LocalDate lastAccident = duties.stream().flatMap(r -> r.duty().accidents().stream())
                .map(a -> a.at().toLocalDate()).max(LocalDate::compareTo).orElse(null);
        commands.sendAndWait(new EraseDriver(driverId, org, operator, lastDuty, lastAccident, LocalDate.now(clock)));
        vault.erase(driverId);
        return show(drivers.find(driverId).orElseThrow(NotFound::new));
    }

    public List<DriverShown> drivers(String org) {
        return drivers.findByOrganization(org).stream().map(this::show).toList();
    }
}
