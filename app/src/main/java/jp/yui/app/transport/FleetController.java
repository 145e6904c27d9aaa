package jp.yui.app.transport;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
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
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.PersonalDataVault;
import jp.yui.domain.shared.query.ViewStore;
import jp.yui.domain.transport.api.DriverQualification;
import jp.yui.domain.transport.api.EraseDriver;
import jp.yui.domain.transport.query.RunView;
import jp.yui.domain.transport.api.LicenceKind;
import jp.yui.domain.transport.api.RegisterDriver;
import jp.yui.domain.transport.api.RegisterVehicle;
import jp.yui.domain.transport.command.Driver;
import jp.yui.domain.transport.command.Vehicle;
import jp.yui.domain.transport.query.DriverView;
import jp.yui.domain.transport.query.VehicleView;

/** 車両 and 運転者 of an organization. */
@RestController
@RequestMapping("/api/orgs/{org}")
class FleetController {

    record RegisterVehicleRequest(@NotBlank @Size(max = 40) String registrationNumber, @Min(1) @Max(99) int seats,
                                  @Min(0) @Max(9) int wheelchairSpaces) {
    }

    /** A driver as the API shows them, the name opened (gone once the driver is erased). */
    record DriverResponse(String driverId, String organizationId, String name, LicenceKind licenceKind,
                          LocalDate licenceExpiry, DriverQualification qualification, String userName) {
    }

    record RegisterDriverRequest(@NotBlank @Size(max = 100) String name, @NotNull LicenceKind licenceKind,
                                 @NotNull LocalDate licenceExpiry, @NotNull DriverQualification qualification,
                                 @Size(max = 64) String userName) {
    }

    private final CommandGateway commands;
    private final ViewStore<VehicleView> vehicles;
    private final ViewStore<DriverView> drivers;
    private final PersonalDataVault vault;
    private final ViewStore<RunView> runs;
    private final java.time.Clock clock;

    FleetController(CommandGateway commands, ViewStore<VehicleView> vehicles, ViewStore<DriverView> drivers,
                    PersonalDataVault vault, ViewStore<RunView> runs, java.time.Clock clock) {
        this.commands = commands;
        this.vehicles = vehicles;
        this.drivers = drivers;
        this.vault = vault;
        this.runs = runs;
        this.clock = clock;
    }

    private DriverResponse show(DriverView d) {
        return new DriverResponse(d.driverId(), d.organizationId(), vault.openNullable(d.name(), String.class)
                .orElse(null), d.licenceKind(), d.licenceExpiry(), d.qualification(), d.userName());
    }

    @PostMapping("/vehicles")
    @ResponseStatus(HttpStatus.CREATED)
    VehicleView registerVehicle(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                @Valid @RequestBody RegisterVehicleRequest request) {
        String id = Ids.newId(Vehicle.ID_TYPE);
        commands.sendAndWait(new RegisterVehicle(id, org, request.registrationNumber(), request.seats(),
                request.wheelchairSpaces()));
        return Views.awaitPresent(() -> vehicles.find(id)).orElseThrow(() -> new StoredNotYetVisible(id));
    }

    @GetMapping("/vehicles")
    List<VehicleView> vehicles(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return vehicles.findByOrganization(org);
    }

    @PostMapping("/drivers")
    @ResponseStatus(HttpStatus.CREATED)
    DriverResponse registerDriver(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                              @Valid @RequestBody RegisterDriverRequest request) {
        String id = Ids.newId(Driver.ID_TYPE);
        commands.sendAndWait(new RegisterDriver(id, org, request.name(), request.licenceKind(),
                request.licenceExpiry(), request.qualification(), request.userName()));
        return show(Views.awaitPresent(() -> drivers.find(id)).orElseThrow(() -> new StoredNotYetVisible(id)));
    }

    /**
     * Erases a driver's name once the law's records that name them have expired: the last duty more than a year
     * ago (乗務記録), the last accident more than two years ago (事故の記録). Until then: 409.
     */
    @PostMapping("/drivers/{driverId}/erase")
    DriverResponse eraseDriver(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.DRIVER_ID) String driverId,
                               java.security.Principal operator) {
        drivers.find(driverId).filter(d -> d.organizationId().equals(org)).orElseThrow(NotFound::new);
        List<RunView> duties = runs.findBy(org, RunView.BY_DRIVER.name(), driverId).stream()
                .filter(r -> r.duty().start() != null).toList();
        LocalDate lastDuty = duties.stream().map(RunView::serviceDate).max(LocalDate::compareTo).orElse(null);
        LocalDate lastAccident = duties.stream().flatMap(r -> r.duty().accidents().stream())
                .map(a -> a.at().toLocalDate()).max(LocalDate::compareTo).orElse(null);
        commands.sendAndWait(new EraseDriver(driverId, org, operator.getName(), lastDuty, lastAccident,
                LocalDate.now(clock)));
        vault.erase(driverId);
        return show(drivers.find(driverId).orElseThrow(NotFound::new));
    }

    @GetMapping("/drivers")
    List<DriverResponse> drivers(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org) {
        return drivers.findByOrganization(org).stream().map(this::show).toList();
    }
}
